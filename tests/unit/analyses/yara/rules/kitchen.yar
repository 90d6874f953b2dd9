/*
 * Rules written for tests/fixtures/kitchen.tar.zst (workloads/kitchen-sink.c): one per kind
 * of YARA feature the scan must carry through to the right pid, address or file offset.
 */
import "hash"

rule heap_canary : canary heap
{
  meta:
    severity = "high"
    description = "The kitchen sink's heap canary"
  strings:
    $t = "HEAP-CANARY-0123456789abcdef"
  condition:
    $t
}

// Hex with a wildcard and a jump: {"api_key":"sk-test-51f0c0ffee"}
rule api_key_hex : secret
{
  meta:
    severity = "medium"
  strings:
    $h = { 7B 22 61 70 69 5F 6B 65 79 22 3A 22 73 6B 2D ?? 65 73 74 [2-6] 63 30 66 66 65 65 }
  condition:
    $h
}

rule argv_token_regex
{
  strings:
    $r = /--token=argv-canary-[0-9a-f]{4}/
  condition:
    $r
}

rule env_marker_nocase
{
  meta:
    severity = "low"
  strings:
    $e = "forensic_marker=ENV-CANARY-7f3a" nocase
  condition:
    $e
}

rule grandchild_ascii_wide
{
  strings:
    $g = "GRANDCHILD-CANARY-5d1e" ascii wide
  condition:
    $g
}

// The MAP_SHARED anonymous region starts with its canary: an offset condition.
rule shared_anon_at_start
{
  strings:
    $s = "SHARED-ANON-CANARY "
  condition:
    $s at 0
}

// A count and an offset: the ghost file holds its text once, at offset 0, 49 bytes long.
rule ghost_file_once : ghost
{
  meta:
    severity = "info"
  strings:
    $g = "ghost-content: this file was unlinked"
  condition:
    #g == 1 and @g[1] == 0 and filesize == 49
}

rule rootfs_motd
{
  strings:
    $m = "welcome\nchanged"
  condition:
    $m
}

// A module: srv/newfile.txt of the rootfs diff is "new\n".
rule rootfs_newfile_md5
{
  condition:
    filesize == 4 and hash.md5(0, filesize) == "9cd599a3523898e6a12e13ec787da50a"
}

rule buffers
{
  strings:
    $pipe = "data-in-pipe-buffer"
    $fifo = "fifo-data"
    $memfd = "memfd-content"
    $tcp = "tcp-payload-in-flight"
    $dgram = "queued-in-socketpair"
  condition:
    any of them and filesize < 100
}
