// generated from proto/ — do not edit; regenerate with `npm run gen:proto`
import * as $protobuf from "protobufjs";
import Long = require("long");

export interface Icgroup_perms extends cgroup_perms.$Properties {
}

export class cgroup_perms {
    constructor(properties?: cgroup_perms.$Properties);
    $unknowns?: Uint8Array[];
    mode: number;
    uid: number;
    gid: number;
    static create(properties: cgroup_perms.$Shape): cgroup_perms & cgroup_perms.$Shape;
    static create(properties?: cgroup_perms.$Properties): cgroup_perms;
    static encode(message: cgroup_perms.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: cgroup_perms.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cgroup_perms & cgroup_perms.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cgroup_perms & cgroup_perms.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): cgroup_perms;
    static toObject(message: cgroup_perms, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace cgroup_perms {
    interface $Properties {
        mode: number;
        uid: number;
        gid: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = cgroup_perms.$Properties;
}

export interface Icgroup_prop_entry extends cgroup_prop_entry.$Properties {
}

export class cgroup_prop_entry {
    constructor(properties?: cgroup_prop_entry.$Properties);
    $unknowns?: Uint8Array[];
    name: string;
    value: string;
    perms?: (cgroup_perms.$Properties|null);
    static create(properties: cgroup_prop_entry.$Shape): cgroup_prop_entry & cgroup_prop_entry.$Shape;
    static create(properties?: cgroup_prop_entry.$Properties): cgroup_prop_entry;
    static encode(message: cgroup_prop_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: cgroup_prop_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cgroup_prop_entry & cgroup_prop_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cgroup_prop_entry & cgroup_prop_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): cgroup_prop_entry;
    static toObject(message: cgroup_prop_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace cgroup_prop_entry {
    interface $Properties {
        name: string;
        value: string;
        perms?: (cgroup_perms.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = cgroup_prop_entry.$Properties;
}

export interface Icgroup_dir_entry extends cgroup_dir_entry.$Properties {
}

export class cgroup_dir_entry {
    constructor(properties?: cgroup_dir_entry.$Properties);
    $unknowns?: Uint8Array[];
    dir_name: string;
    children: cgroup_dir_entry.$Properties[];
    properties: cgroup_prop_entry.$Properties[];
    dir_perms?: (cgroup_perms.$Properties|null);
    static create(properties: cgroup_dir_entry.$Shape): cgroup_dir_entry & cgroup_dir_entry.$Shape;
    static create(properties?: cgroup_dir_entry.$Properties): cgroup_dir_entry;
    static encode(message: cgroup_dir_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: cgroup_dir_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cgroup_dir_entry & cgroup_dir_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cgroup_dir_entry & cgroup_dir_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): cgroup_dir_entry;
    static toObject(message: cgroup_dir_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace cgroup_dir_entry {
    interface $Properties {
        dir_name: string;
        children?: (cgroup_dir_entry.$Properties[]|null);
        properties?: (cgroup_prop_entry.$Properties[]|null);
        dir_perms?: (cgroup_perms.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = cgroup_dir_entry.$Properties;
}

export interface Icg_controller_entry extends cg_controller_entry.$Properties {
}

export class cg_controller_entry {
    constructor(properties?: cg_controller_entry.$Properties);
    $unknowns?: Uint8Array[];
    cnames: string[];
    dirs: cgroup_dir_entry.$Properties[];
    is_threaded: boolean;
    static create(properties: cg_controller_entry.$Shape): cg_controller_entry & cg_controller_entry.$Shape;
    static create(properties?: cg_controller_entry.$Properties): cg_controller_entry;
    static encode(message: cg_controller_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: cg_controller_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cg_controller_entry & cg_controller_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cg_controller_entry & cg_controller_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): cg_controller_entry;
    static toObject(message: cg_controller_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace cg_controller_entry {
    interface $Properties {
        cnames?: (string[]|null);
        dirs?: (cgroup_dir_entry.$Properties[]|null);
        is_threaded?: (boolean|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = cg_controller_entry.$Properties;
}

export interface Icg_member_entry extends cg_member_entry.$Properties {
}

export class cg_member_entry {
    constructor(properties?: cg_member_entry.$Properties);
    $unknowns?: Uint8Array[];
    name: string;
    path: string;
    cgns_prefix: number;
    static create(properties: cg_member_entry.$Shape): cg_member_entry & cg_member_entry.$Shape;
    static create(properties?: cg_member_entry.$Properties): cg_member_entry;
    static encode(message: cg_member_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: cg_member_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cg_member_entry & cg_member_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cg_member_entry & cg_member_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): cg_member_entry;
    static toObject(message: cg_member_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace cg_member_entry {
    interface $Properties {
        name: string;
        path: string;
        cgns_prefix?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = cg_member_entry.$Properties;
}

export interface Icg_set_entry extends cg_set_entry.$Properties {
}

export class cg_set_entry {
    constructor(properties?: cg_set_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    ctls: cg_member_entry.$Properties[];
    static create(properties: cg_set_entry.$Shape): cg_set_entry & cg_set_entry.$Shape;
    static create(properties?: cg_set_entry.$Properties): cg_set_entry;
    static encode(message: cg_set_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: cg_set_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cg_set_entry & cg_set_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cg_set_entry & cg_set_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): cg_set_entry;
    static toObject(message: cg_set_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace cg_set_entry {
    interface $Properties {
        id: number;
        ctls?: (cg_member_entry.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = cg_set_entry.$Properties;
}

export interface Icgroup_entry extends cgroup_entry.$Properties {
}

export class cgroup_entry {
    constructor(properties?: cgroup_entry.$Properties);
    $unknowns?: Uint8Array[];
    sets: cg_set_entry.$Properties[];
    controllers: cg_controller_entry.$Properties[];
    static create(properties: cgroup_entry.$Shape): cgroup_entry & cgroup_entry.$Shape;
    static create(properties?: cgroup_entry.$Properties): cgroup_entry;
    static encode(message: cgroup_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: cgroup_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cgroup_entry & cgroup_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cgroup_entry & cgroup_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): cgroup_entry;
    static toObject(message: cgroup_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace cgroup_entry {
    interface $Properties {
        sets?: (cg_set_entry.$Properties[]|null);
        controllers?: (cg_controller_entry.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = cgroup_entry.$Properties;
}

export interface Ifown_entry extends fown_entry.$Properties {
}

export class fown_entry {
    constructor(properties?: fown_entry.$Properties);
    $unknowns?: Uint8Array[];
    uid: number;
    euid: number;
    signum: number;
    pid_type: number;
    pid: number;
    static create(properties: fown_entry.$Shape): fown_entry & fown_entry.$Shape;
    static create(properties?: fown_entry.$Properties): fown_entry;
    static encode(message: fown_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: fown_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fown_entry & fown_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fown_entry & fown_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): fown_entry;
    static toObject(message: fown_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace fown_entry {
    interface $Properties {
        uid: number;
        euid: number;
        signum: number;
        pid_type: number;
        pid: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = fown_entry.$Properties;
}

export enum fh_entry_sizes {
    min_entries = 16
}

export interface Ifh_entry extends fh_entry.$Properties {
}

export class fh_entry {
    constructor(properties?: fh_entry.$Properties);
    $unknowns?: Uint8Array[];
    bytes: number;
    type: number;
    handle: (number|Long)[];
    path: string;
    mnt_id: number;
    static create(properties: fh_entry.$Shape): fh_entry & fh_entry.$Shape;
    static create(properties?: fh_entry.$Properties): fh_entry;
    static encode(message: fh_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: fh_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fh_entry & fh_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fh_entry & fh_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): fh_entry;
    static toObject(message: fh_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace fh_entry {
    interface $Properties {
        bytes: number;
        type: number;
        handle?: ((number|Long)[]|null);
        path?: (string|null);
        mnt_id?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = fh_entry.$Properties;
}

export interface Itimeval extends timeval.$Properties {
}

export class timeval {
    constructor(properties?: timeval.$Properties);
    $unknowns?: Uint8Array[];
    tv_sec: (number|Long);
    tv_usec: (number|Long);
    static create(properties: timeval.$Shape): timeval & timeval.$Shape;
    static create(properties?: timeval.$Properties): timeval;
    static encode(message: timeval.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: timeval.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): timeval & timeval.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): timeval & timeval.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): timeval;
    static toObject(message: timeval, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace timeval {
    interface $Properties {
        tv_sec: (number|Long);
        tv_usec: (number|Long);
        $unknowns?: Uint8Array[];
    }
    type $Shape = timeval.$Properties;
}

export interface Ipidfs_attr_entry extends pidfs_attr_entry.$Properties {
}

export class pidfs_attr_entry {
    constructor(properties?: pidfs_attr_entry.$Properties);
    $unknowns?: Uint8Array[];
    exit_code: number;
    ino: (number|Long);
    dump_pid: number;
    static create(properties: pidfs_attr_entry.$Shape): pidfs_attr_entry & pidfs_attr_entry.$Shape;
    static create(properties?: pidfs_attr_entry.$Properties): pidfs_attr_entry;
    static encode(message: pidfs_attr_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: pidfs_attr_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): pidfs_attr_entry & pidfs_attr_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pidfs_attr_entry & pidfs_attr_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): pidfs_attr_entry;
    static toObject(message: pidfs_attr_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace pidfs_attr_entry {
    interface $Properties {
        exit_code?: (number|null);
        ino?: (number|Long|null);
        dump_pid?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = pidfs_attr_entry.$Properties;
}

export interface Ieventfd_file_entry extends eventfd_file_entry.$Properties {
}

export class eventfd_file_entry {
    constructor(properties?: eventfd_file_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    flags: number;
    fown: fown_entry.$Properties;
    counter: (number|Long);
    static create(properties: eventfd_file_entry.$Shape): eventfd_file_entry & eventfd_file_entry.$Shape;
    static create(properties?: eventfd_file_entry.$Properties): eventfd_file_entry;
    static encode(message: eventfd_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: eventfd_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): eventfd_file_entry & eventfd_file_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): eventfd_file_entry & eventfd_file_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): eventfd_file_entry;
    static toObject(message: eventfd_file_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace eventfd_file_entry {
    interface $Properties {
        id: number;
        flags: number;
        fown: fown_entry.$Properties;
        counter: (number|Long);
        $unknowns?: Uint8Array[];
    }
    type $Shape = eventfd_file_entry.$Properties;
}

export interface Ieventpoll_tfd_entry extends eventpoll_tfd_entry.$Properties {
}

export class eventpoll_tfd_entry {
    constructor(properties?: eventpoll_tfd_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    tfd: number;
    events: number;
    data: (number|Long);
    dev: number;
    inode: (number|Long);
    pos: (number|Long);
    static create(properties: eventpoll_tfd_entry.$Shape): eventpoll_tfd_entry & eventpoll_tfd_entry.$Shape;
    static create(properties?: eventpoll_tfd_entry.$Properties): eventpoll_tfd_entry;
    static encode(message: eventpoll_tfd_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: eventpoll_tfd_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): eventpoll_tfd_entry & eventpoll_tfd_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): eventpoll_tfd_entry & eventpoll_tfd_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): eventpoll_tfd_entry;
    static toObject(message: eventpoll_tfd_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace eventpoll_tfd_entry {
    interface $Properties {
        id: number;
        tfd: number;
        events: number;
        data: (number|Long);
        dev?: (number|null);
        inode?: (number|Long|null);
        pos?: (number|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = eventpoll_tfd_entry.$Properties;
}

export interface Ieventpoll_file_entry extends eventpoll_file_entry.$Properties {
}

export class eventpoll_file_entry {
    constructor(properties?: eventpoll_file_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    flags: number;
    fown: fown_entry.$Properties;
    tfd: eventpoll_tfd_entry.$Properties[];
    static create(properties: eventpoll_file_entry.$Shape): eventpoll_file_entry & eventpoll_file_entry.$Shape;
    static create(properties?: eventpoll_file_entry.$Properties): eventpoll_file_entry;
    static encode(message: eventpoll_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: eventpoll_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): eventpoll_file_entry & eventpoll_file_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): eventpoll_file_entry & eventpoll_file_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): eventpoll_file_entry;
    static toObject(message: eventpoll_file_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace eventpoll_file_entry {
    interface $Properties {
        id: number;
        flags: number;
        fown: fown_entry.$Properties;
        tfd?: (eventpoll_tfd_entry.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = eventpoll_file_entry.$Properties;
}

export interface Isignalfd_entry extends signalfd_entry.$Properties {
}

export class signalfd_entry {
    constructor(properties?: signalfd_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    flags: number;
    fown: fown_entry.$Properties;
    sigmask: (number|Long);
    static create(properties: signalfd_entry.$Shape): signalfd_entry & signalfd_entry.$Shape;
    static create(properties?: signalfd_entry.$Properties): signalfd_entry;
    static encode(message: signalfd_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: signalfd_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): signalfd_entry & signalfd_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): signalfd_entry & signalfd_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): signalfd_entry;
    static toObject(message: signalfd_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace signalfd_entry {
    interface $Properties {
        id: number;
        flags: number;
        fown: fown_entry.$Properties;
        sigmask: (number|Long);
        $unknowns?: Uint8Array[];
    }
    type $Shape = signalfd_entry.$Properties;
}

export interface Itimerfd_entry extends timerfd_entry.$Properties {
}

export class timerfd_entry {
    constructor(properties?: timerfd_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    flags: number;
    fown: fown_entry.$Properties;
    clockid: number;
    ticks: (number|Long);
    settime_flags: number;
    vsec: (number|Long);
    vnsec: (number|Long);
    isec: (number|Long);
    insec: (number|Long);
    static create(properties: timerfd_entry.$Shape): timerfd_entry & timerfd_entry.$Shape;
    static create(properties?: timerfd_entry.$Properties): timerfd_entry;
    static encode(message: timerfd_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: timerfd_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): timerfd_entry & timerfd_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): timerfd_entry & timerfd_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): timerfd_entry;
    static toObject(message: timerfd_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace timerfd_entry {
    interface $Properties {
        id: number;
        flags: number;
        fown: fown_entry.$Properties;
        clockid: number;
        ticks: (number|Long);
        settime_flags: number;
        vsec: (number|Long);
        vnsec: (number|Long);
        isec: (number|Long);
        insec: (number|Long);
        $unknowns?: Uint8Array[];
    }
    type $Shape = timerfd_entry.$Properties;
}

export interface Iinotify_wd_entry extends inotify_wd_entry.$Properties {
}

export class inotify_wd_entry {
    constructor(properties?: inotify_wd_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    i_ino: (number|Long);
    mask: number;
    ignored_mask: number;
    s_dev: number;
    wd: number;
    f_handle: fh_entry.$Properties;
    static create(properties: inotify_wd_entry.$Shape): inotify_wd_entry & inotify_wd_entry.$Shape;
    static create(properties?: inotify_wd_entry.$Properties): inotify_wd_entry;
    static encode(message: inotify_wd_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: inotify_wd_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): inotify_wd_entry & inotify_wd_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): inotify_wd_entry & inotify_wd_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): inotify_wd_entry;
    static toObject(message: inotify_wd_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace inotify_wd_entry {
    interface $Properties {
        id: number;
        i_ino: (number|Long);
        mask: number;
        ignored_mask: number;
        s_dev: number;
        wd: number;
        f_handle: fh_entry.$Properties;
        $unknowns?: Uint8Array[];
    }
    type $Shape = inotify_wd_entry.$Properties;
}

export interface Iinotify_file_entry extends inotify_file_entry.$Properties {
}

export class inotify_file_entry {
    constructor(properties?: inotify_file_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    flags: number;
    fown: fown_entry.$Properties;
    wd: inotify_wd_entry.$Properties[];
    static create(properties: inotify_file_entry.$Shape): inotify_file_entry & inotify_file_entry.$Shape;
    static create(properties?: inotify_file_entry.$Properties): inotify_file_entry;
    static encode(message: inotify_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: inotify_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): inotify_file_entry & inotify_file_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): inotify_file_entry & inotify_file_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): inotify_file_entry;
    static toObject(message: inotify_file_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace inotify_file_entry {
    interface $Properties {
        id: number;
        flags: number;
        fown: fown_entry.$Properties;
        wd?: (inotify_wd_entry.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = inotify_file_entry.$Properties;
}

export enum mark_type {
    INODE = 1,
    MOUNT = 2
}

export interface Ifanotify_inode_mark_entry extends fanotify_inode_mark_entry.$Properties {
}

export class fanotify_inode_mark_entry {
    constructor(properties?: fanotify_inode_mark_entry.$Properties);
    $unknowns?: Uint8Array[];
    i_ino: (number|Long);
    f_handle: fh_entry.$Properties;
    static create(properties: fanotify_inode_mark_entry.$Shape): fanotify_inode_mark_entry & fanotify_inode_mark_entry.$Shape;
    static create(properties?: fanotify_inode_mark_entry.$Properties): fanotify_inode_mark_entry;
    static encode(message: fanotify_inode_mark_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: fanotify_inode_mark_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fanotify_inode_mark_entry & fanotify_inode_mark_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fanotify_inode_mark_entry & fanotify_inode_mark_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): fanotify_inode_mark_entry;
    static toObject(message: fanotify_inode_mark_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace fanotify_inode_mark_entry {
    interface $Properties {
        i_ino: (number|Long);
        f_handle: fh_entry.$Properties;
        $unknowns?: Uint8Array[];
    }
    type $Shape = fanotify_inode_mark_entry.$Properties;
}

export interface Ifanotify_mount_mark_entry extends fanotify_mount_mark_entry.$Properties {
}

export class fanotify_mount_mark_entry {
    constructor(properties?: fanotify_mount_mark_entry.$Properties);
    $unknowns?: Uint8Array[];
    mnt_id: number;
    path: string;
    static create(properties: fanotify_mount_mark_entry.$Shape): fanotify_mount_mark_entry & fanotify_mount_mark_entry.$Shape;
    static create(properties?: fanotify_mount_mark_entry.$Properties): fanotify_mount_mark_entry;
    static encode(message: fanotify_mount_mark_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: fanotify_mount_mark_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fanotify_mount_mark_entry & fanotify_mount_mark_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fanotify_mount_mark_entry & fanotify_mount_mark_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): fanotify_mount_mark_entry;
    static toObject(message: fanotify_mount_mark_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace fanotify_mount_mark_entry {
    interface $Properties {
        mnt_id: number;
        path?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = fanotify_mount_mark_entry.$Properties;
}

export interface Ifanotify_mark_entry extends fanotify_mark_entry.$Properties {
}

export class fanotify_mark_entry {
    constructor(properties?: fanotify_mark_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    type: mark_type;
    mflags: number;
    mask: number;
    ignored_mask: number;
    s_dev: number;
    ie?: (fanotify_inode_mark_entry.$Properties|null);
    me?: (fanotify_mount_mark_entry.$Properties|null);
    static create(properties: fanotify_mark_entry.$Shape): fanotify_mark_entry & fanotify_mark_entry.$Shape;
    static create(properties?: fanotify_mark_entry.$Properties): fanotify_mark_entry;
    static encode(message: fanotify_mark_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: fanotify_mark_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fanotify_mark_entry & fanotify_mark_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fanotify_mark_entry & fanotify_mark_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): fanotify_mark_entry;
    static toObject(message: fanotify_mark_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace fanotify_mark_entry {
    interface $Properties {
        id: number;
        type: mark_type;
        mflags: number;
        mask: number;
        ignored_mask: number;
        s_dev: number;
        ie?: (fanotify_inode_mark_entry.$Properties|null);
        me?: (fanotify_mount_mark_entry.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = fanotify_mark_entry.$Properties;
}

export interface Ifanotify_file_entry extends fanotify_file_entry.$Properties {
}

export class fanotify_file_entry {
    constructor(properties?: fanotify_file_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    flags: number;
    fown: fown_entry.$Properties;
    faflags: number;
    evflags: number;
    mark: fanotify_mark_entry.$Properties[];
    static create(properties: fanotify_file_entry.$Shape): fanotify_file_entry & fanotify_file_entry.$Shape;
    static create(properties?: fanotify_file_entry.$Properties): fanotify_file_entry;
    static encode(message: fanotify_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: fanotify_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fanotify_file_entry & fanotify_file_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fanotify_file_entry & fanotify_file_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): fanotify_file_entry;
    static toObject(message: fanotify_file_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace fanotify_file_entry {
    interface $Properties {
        id: number;
        flags: number;
        fown: fown_entry.$Properties;
        faflags: number;
        evflags: number;
        mark?: (fanotify_mark_entry.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = fanotify_file_entry.$Properties;
}

export interface Ibpfmap_file_entry extends bpfmap_file_entry.$Properties {
}

export class bpfmap_file_entry {
    constructor(properties?: bpfmap_file_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    flags: number;
    pos: (number|Long);
    fown: fown_entry.$Properties;
    map_type: number;
    key_size: number;
    value_size: number;
    map_id: number;
    max_entries: number;
    map_flags: number;
    memlock: (number|Long);
    frozen: boolean;
    map_name: string;
    ifindex: number;
    mnt_id: number;
    map_extra: (number|Long);
    static create(properties: bpfmap_file_entry.$Shape): bpfmap_file_entry & bpfmap_file_entry.$Shape;
    static create(properties?: bpfmap_file_entry.$Properties): bpfmap_file_entry;
    static encode(message: bpfmap_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: bpfmap_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bpfmap_file_entry & bpfmap_file_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bpfmap_file_entry & bpfmap_file_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): bpfmap_file_entry;
    static toObject(message: bpfmap_file_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace bpfmap_file_entry {
    interface $Properties {
        id: number;
        flags: number;
        pos: (number|Long);
        fown: fown_entry.$Properties;
        map_type: number;
        key_size: number;
        value_size: number;
        map_id: number;
        max_entries: number;
        map_flags: number;
        memlock: (number|Long);
        frozen: boolean;
        map_name: string;
        ifindex: number;
        mnt_id?: (number|null);
        map_extra?: (number|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = bpfmap_file_entry.$Properties;
}

export interface Ibpfmap_data_entry extends bpfmap_data_entry.$Properties {
}

export class bpfmap_data_entry {
    constructor(properties?: bpfmap_data_entry.$Properties);
    $unknowns?: Uint8Array[];
    map_id: number;
    keys_bytes: number;
    values_bytes: number;
    count: number;
    static create(properties: bpfmap_data_entry.$Shape): bpfmap_data_entry & bpfmap_data_entry.$Shape;
    static create(properties?: bpfmap_data_entry.$Properties): bpfmap_data_entry;
    static encode(message: bpfmap_data_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: bpfmap_data_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bpfmap_data_entry & bpfmap_data_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bpfmap_data_entry & bpfmap_data_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): bpfmap_data_entry;
    static toObject(message: bpfmap_data_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace bpfmap_data_entry {
    interface $Properties {
        map_id: number;
        keys_bytes: number;
        values_bytes: number;
        count: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = bpfmap_data_entry.$Properties;
}

export interface Ipidfd_entry extends pidfd_entry.$Properties {
}

export class pidfd_entry {
    constructor(properties?: pidfd_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    ino: (number|Long);
    flags: number;
    nspid: number;
    fown: fown_entry.$Properties;
    attr?: (pidfs_attr_entry.$Properties|null);
    static create(properties: pidfd_entry.$Shape): pidfd_entry & pidfd_entry.$Shape;
    static create(properties?: pidfd_entry.$Properties): pidfd_entry;
    static encode(message: pidfd_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: pidfd_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): pidfd_entry & pidfd_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pidfd_entry & pidfd_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): pidfd_entry;
    static toObject(message: pidfd_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace pidfd_entry {
    interface $Properties {
        id: number;
        ino: (number|Long);
        flags: number;
        nspid: number;
        fown: fown_entry.$Properties;
        attr?: (pidfs_attr_entry.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = pidfd_entry.$Properties;
}

export interface Icriu_field_opts extends criu_field_opts.$Properties {
}

export class criu_field_opts {
    constructor(properties?: criu_field_opts.$Properties);
    $unknowns?: Uint8Array[];
    hex: boolean;
    ipadd: boolean;
    flags: string;
    dev: boolean;
    odev: boolean;
    dict: string;
    conv: string;
    static create(properties: criu_field_opts.$Shape): criu_field_opts & criu_field_opts.$Shape;
    static create(properties?: criu_field_opts.$Properties): criu_field_opts;
    static encode(message: criu_field_opts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: criu_field_opts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): criu_field_opts & criu_field_opts.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): criu_field_opts & criu_field_opts.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): criu_field_opts;
    static toObject(message: criu_field_opts, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace criu_field_opts {
    interface $Properties {
        hex?: (boolean|null);
        ipadd?: (boolean|null);
        flags?: (string|null);
        dev?: (boolean|null);
        odev?: (boolean|null);
        dict?: (string|null);
        conv?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = criu_field_opts.$Properties;
}

export enum fd_types {
    UND = 0,
    REG = 1,
    PIPE = 2,
    FIFO = 3,
    INETSK = 4,
    UNIXSK = 5,
    EVENTFD = 6,
    EVENTPOLL = 7,
    INOTIFY = 8,
    SIGNALFD = 9,
    PACKETSK = 10,
    TTY = 11,
    FANOTIFY = 12,
    NETLINKSK = 13,
    NS = 14,
    TUNF = 15,
    EXT = 16,
    TIMERFD = 17,
    MEMFD = 18,
    BPFMAP = 19,
    PIDFD = 20,
    CTL_TTY = 65534,
    AUTOFS_PIPE = 65535
}

export interface Ifdinfo_entry extends fdinfo_entry.$Properties {
}

export class fdinfo_entry {
    constructor(properties?: fdinfo_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    flags: number;
    type: fd_types;
    fd: number;
    xattr_security_selinux: string;
    static create(properties: fdinfo_entry.$Shape): fdinfo_entry & fdinfo_entry.$Shape;
    static create(properties?: fdinfo_entry.$Properties): fdinfo_entry;
    static encode(message: fdinfo_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: fdinfo_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fdinfo_entry & fdinfo_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fdinfo_entry & fdinfo_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): fdinfo_entry;
    static toObject(message: fdinfo_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace fdinfo_entry {
    interface $Properties {
        id: number;
        flags: number;
        type: fd_types;
        fd: number;
        xattr_security_selinux?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = fdinfo_entry.$Properties;
}

export interface Ifile_entry extends file_entry.$Properties {
}

export class file_entry {
    constructor(properties?: file_entry.$Properties);
    $unknowns?: Uint8Array[];
    type: fd_types;
    id: number;
    reg?: (reg_file_entry.$Properties|null);
    isk?: (inet_sk_entry.$Properties|null);
    nsf?: (ns_file_entry.$Properties|null);
    psk?: (packet_sock_entry.$Properties|null);
    nlsk?: (netlink_sk_entry.$Properties|null);
    efd?: (eventfd_file_entry.$Properties|null);
    epfd?: (eventpoll_file_entry.$Properties|null);
    sgfd?: (signalfd_entry.$Properties|null);
    tunf?: (tunfile_entry.$Properties|null);
    tfd?: (timerfd_entry.$Properties|null);
    ify?: (inotify_file_entry.$Properties|null);
    ffy?: (fanotify_file_entry.$Properties|null);
    ext?: (ext_file_entry.$Properties|null);
    usk?: (unix_sk_entry.$Properties|null);
    fifo?: (fifo_entry.$Properties|null);
    pipe?: (pipe_entry.$Properties|null);
    tty?: (tty_file_entry.$Properties|null);
    memfd?: (memfd_file_entry.$Properties|null);
    bpf?: (bpfmap_file_entry.$Properties|null);
    pidfd?: (pidfd_entry.$Properties|null);
    static create(properties: file_entry.$Shape): file_entry & file_entry.$Shape;
    static create(properties?: file_entry.$Properties): file_entry;
    static encode(message: file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): file_entry & file_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): file_entry & file_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): file_entry;
    static toObject(message: file_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace file_entry {
    interface $Properties {
        type: fd_types;
        id: number;
        reg?: (reg_file_entry.$Properties|null);
        isk?: (inet_sk_entry.$Properties|null);
        nsf?: (ns_file_entry.$Properties|null);
        psk?: (packet_sock_entry.$Properties|null);
        nlsk?: (netlink_sk_entry.$Properties|null);
        efd?: (eventfd_file_entry.$Properties|null);
        epfd?: (eventpoll_file_entry.$Properties|null);
        sgfd?: (signalfd_entry.$Properties|null);
        tunf?: (tunfile_entry.$Properties|null);
        tfd?: (timerfd_entry.$Properties|null);
        ify?: (inotify_file_entry.$Properties|null);
        ffy?: (fanotify_file_entry.$Properties|null);
        ext?: (ext_file_entry.$Properties|null);
        usk?: (unix_sk_entry.$Properties|null);
        fifo?: (fifo_entry.$Properties|null);
        pipe?: (pipe_entry.$Properties|null);
        tty?: (tty_file_entry.$Properties|null);
        memfd?: (memfd_file_entry.$Properties|null);
        bpf?: (bpfmap_file_entry.$Properties|null);
        pidfd?: (pidfd_entry.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = file_entry.$Properties;
}

export interface Ireg_file_entry extends reg_file_entry.$Properties {
}

export class reg_file_entry {
    constructor(properties?: reg_file_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    flags: number;
    pos: (number|Long);
    fown: fown_entry.$Properties;
    name: string;
    mnt_id: number;
    size: (number|Long);
    ext: boolean;
    mode: number;
    build_id: number[];
    checksum: number;
    checksum_config: number;
    checksum_parameter: number;
    static create(properties: reg_file_entry.$Shape): reg_file_entry & reg_file_entry.$Shape;
    static create(properties?: reg_file_entry.$Properties): reg_file_entry;
    static encode(message: reg_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: reg_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reg_file_entry & reg_file_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): reg_file_entry & reg_file_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): reg_file_entry;
    static toObject(message: reg_file_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace reg_file_entry {
    interface $Properties {
        id: number;
        flags: number;
        pos: (number|Long);
        fown: fown_entry.$Properties;
        name: string;
        mnt_id?: (number|null);
        size?: (number|Long|null);
        ext?: (boolean|null);
        mode?: (number|null);
        build_id?: (number[]|null);
        checksum?: (number|null);
        checksum_config?: (number|null);
        checksum_parameter?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = reg_file_entry.$Properties;
}

export enum remap_type {
    LINKED = 0,
    GHOST = 1,
    PROCFS = 2
}

export interface Iremap_file_path_entry extends remap_file_path_entry.$Properties {
}

export class remap_file_path_entry {
    constructor(properties?: remap_file_path_entry.$Properties);
    $unknowns?: Uint8Array[];
    orig_id: number;
    remap_id: number;
    remap_type: remap_type;
    static create(properties: remap_file_path_entry.$Shape): remap_file_path_entry & remap_file_path_entry.$Shape;
    static create(properties?: remap_file_path_entry.$Properties): remap_file_path_entry;
    static encode(message: remap_file_path_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: remap_file_path_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): remap_file_path_entry & remap_file_path_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): remap_file_path_entry & remap_file_path_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): remap_file_path_entry;
    static toObject(message: remap_file_path_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace remap_file_path_entry {
    interface $Properties {
        orig_id: number;
        remap_id: number;
        remap_type?: (remap_type|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = remap_file_path_entry.$Properties;
}

export interface Ighost_file_entry extends ghost_file_entry.$Properties {
}

export class ghost_file_entry {
    constructor(properties?: ghost_file_entry.$Properties);
    $unknowns?: Uint8Array[];
    uid: number;
    gid: number;
    mode: number;
    dev: number;
    ino: (number|Long);
    rdev: number;
    atim?: (timeval.$Properties|null);
    mtim?: (timeval.$Properties|null);
    chunks: boolean;
    size: (number|Long);
    symlnk_target: string;
    static create(properties: ghost_file_entry.$Shape): ghost_file_entry & ghost_file_entry.$Shape;
    static create(properties?: ghost_file_entry.$Properties): ghost_file_entry;
    static encode(message: ghost_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: ghost_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ghost_file_entry & ghost_file_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ghost_file_entry & ghost_file_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): ghost_file_entry;
    static toObject(message: ghost_file_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace ghost_file_entry {
    interface $Properties {
        uid: number;
        gid: number;
        mode: number;
        dev?: (number|null);
        ino?: (number|Long|null);
        rdev?: (number|null);
        atim?: (timeval.$Properties|null);
        mtim?: (timeval.$Properties|null);
        chunks?: (boolean|null);
        size?: (number|Long|null);
        symlnk_target?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = ghost_file_entry.$Properties;
}

export interface Ighost_chunk_entry extends ghost_chunk_entry.$Properties {
}

export class ghost_chunk_entry {
    constructor(properties?: ghost_chunk_entry.$Properties);
    $unknowns?: Uint8Array[];
    len: (number|Long);
    off: (number|Long);
    static create(properties: ghost_chunk_entry.$Shape): ghost_chunk_entry & ghost_chunk_entry.$Shape;
    static create(properties?: ghost_chunk_entry.$Properties): ghost_chunk_entry;
    static encode(message: ghost_chunk_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: ghost_chunk_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ghost_chunk_entry & ghost_chunk_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ghost_chunk_entry & ghost_chunk_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): ghost_chunk_entry;
    static toObject(message: ghost_chunk_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace ghost_chunk_entry {
    interface $Properties {
        len: (number|Long);
        off: (number|Long);
        $unknowns?: Uint8Array[];
    }
    type $Shape = ghost_chunk_entry.$Properties;
}

export interface Imemfd_file_entry extends memfd_file_entry.$Properties {
}

export class memfd_file_entry {
    constructor(properties?: memfd_file_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    flags: number;
    pos: (number|Long);
    fown: fown_entry.$Properties;
    inode_id: number;
    static create(properties: memfd_file_entry.$Shape): memfd_file_entry & memfd_file_entry.$Shape;
    static create(properties?: memfd_file_entry.$Properties): memfd_file_entry;
    static encode(message: memfd_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: memfd_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): memfd_file_entry & memfd_file_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): memfd_file_entry & memfd_file_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): memfd_file_entry;
    static toObject(message: memfd_file_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace memfd_file_entry {
    interface $Properties {
        id: number;
        flags: number;
        pos: (number|Long);
        fown: fown_entry.$Properties;
        inode_id: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = memfd_file_entry.$Properties;
}

export interface Imemfd_inode_entry extends memfd_inode_entry.$Properties {
}

export class memfd_inode_entry {
    constructor(properties?: memfd_inode_entry.$Properties);
    $unknowns?: Uint8Array[];
    name: string;
    uid: number;
    gid: number;
    size: (number|Long);
    shmid: number;
    seals: number;
    inode_id: (number|Long);
    hugetlb_flag: number;
    mode: number;
    static create(properties: memfd_inode_entry.$Shape): memfd_inode_entry & memfd_inode_entry.$Shape;
    static create(properties?: memfd_inode_entry.$Properties): memfd_inode_entry;
    static encode(message: memfd_inode_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: memfd_inode_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): memfd_inode_entry & memfd_inode_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): memfd_inode_entry & memfd_inode_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): memfd_inode_entry;
    static toObject(message: memfd_inode_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace memfd_inode_entry {
    interface $Properties {
        name: string;
        uid: number;
        gid: number;
        size: (number|Long);
        shmid: number;
        seals: number;
        inode_id: (number|Long);
        hugetlb_flag?: (number|null);
        mode?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = memfd_inode_entry.$Properties;
}

export interface Ins_file_entry extends ns_file_entry.$Properties {
}

export class ns_file_entry {
    constructor(properties?: ns_file_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    ns_id: number;
    ns_cflag: number;
    flags: number;
    static create(properties: ns_file_entry.$Shape): ns_file_entry & ns_file_entry.$Shape;
    static create(properties?: ns_file_entry.$Properties): ns_file_entry;
    static encode(message: ns_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: ns_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ns_file_entry & ns_file_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ns_file_entry & ns_file_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): ns_file_entry;
    static toObject(message: ns_file_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace ns_file_entry {
    interface $Properties {
        id: number;
        ns_id: number;
        ns_cflag: number;
        flags: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = ns_file_entry.$Properties;
}

export interface Iext_file_entry extends ext_file_entry.$Properties {
}

export class ext_file_entry {
    constructor(properties?: ext_file_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    fown: fown_entry.$Properties;
    static create(properties: ext_file_entry.$Shape): ext_file_entry & ext_file_entry.$Shape;
    static create(properties?: ext_file_entry.$Properties): ext_file_entry;
    static encode(message: ext_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: ext_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ext_file_entry & ext_file_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ext_file_entry & ext_file_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): ext_file_entry;
    static toObject(message: ext_file_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace ext_file_entry {
    interface $Properties {
        id: number;
        fown: fown_entry.$Properties;
        $unknowns?: Uint8Array[];
    }
    type $Shape = ext_file_entry.$Properties;
}

export interface Ifile_lock_entry extends file_lock_entry.$Properties {
}

export class file_lock_entry {
    constructor(properties?: file_lock_entry.$Properties);
    $unknowns?: Uint8Array[];
    flag: number;
    type: number;
    pid: number;
    fd: number;
    start: (number|Long);
    len: (number|Long);
    static create(properties: file_lock_entry.$Shape): file_lock_entry & file_lock_entry.$Shape;
    static create(properties?: file_lock_entry.$Properties): file_lock_entry;
    static encode(message: file_lock_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: file_lock_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): file_lock_entry & file_lock_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): file_lock_entry & file_lock_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): file_lock_entry;
    static toObject(message: file_lock_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace file_lock_entry {
    interface $Properties {
        flag: number;
        type: number;
        pid: number;
        fd: number;
        start: (number|Long);
        len: (number|Long);
        $unknowns?: Uint8Array[];
    }
    type $Shape = file_lock_entry.$Properties;
}

export interface Isk_opts_entry extends sk_opts_entry.$Properties {
}

export class sk_opts_entry {
    constructor(properties?: sk_opts_entry.$Properties);
    $unknowns?: Uint8Array[];
    so_sndbuf: number;
    so_rcvbuf: number;
    so_snd_tmo_sec: (number|Long);
    so_snd_tmo_usec: (number|Long);
    so_rcv_tmo_sec: (number|Long);
    so_rcv_tmo_usec: (number|Long);
    reuseaddr: boolean;
    so_priority: number;
    so_rcvlowat: number;
    so_mark: number;
    so_passcred: boolean;
    so_passsec: boolean;
    so_dontroute: boolean;
    so_no_check: boolean;
    so_bound_dev: string;
    so_filter: (number|Long)[];
    so_reuseport: boolean;
    so_broadcast: boolean;
    so_keepalive: boolean;
    tcp_keepcnt: number;
    tcp_keepidle: number;
    tcp_keepintvl: number;
    so_oobinline: number;
    so_linger: number;
    so_buf_lock: number;
    static create(properties: sk_opts_entry.$Shape): sk_opts_entry & sk_opts_entry.$Shape;
    static create(properties?: sk_opts_entry.$Properties): sk_opts_entry;
    static encode(message: sk_opts_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: sk_opts_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sk_opts_entry & sk_opts_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sk_opts_entry & sk_opts_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): sk_opts_entry;
    static toObject(message: sk_opts_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace sk_opts_entry {
    interface $Properties {
        so_sndbuf: number;
        so_rcvbuf: number;
        so_snd_tmo_sec: (number|Long);
        so_snd_tmo_usec: (number|Long);
        so_rcv_tmo_sec: (number|Long);
        so_rcv_tmo_usec: (number|Long);
        reuseaddr?: (boolean|null);
        so_priority?: (number|null);
        so_rcvlowat?: (number|null);
        so_mark?: (number|null);
        so_passcred?: (boolean|null);
        so_passsec?: (boolean|null);
        so_dontroute?: (boolean|null);
        so_no_check?: (boolean|null);
        so_bound_dev?: (string|null);
        so_filter?: ((number|Long)[]|null);
        so_reuseport?: (boolean|null);
        so_broadcast?: (boolean|null);
        so_keepalive?: (boolean|null);
        tcp_keepcnt?: (number|null);
        tcp_keepidle?: (number|null);
        tcp_keepintvl?: (number|null);
        so_oobinline?: (number|null);
        so_linger?: (number|null);
        so_buf_lock?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = sk_opts_entry.$Properties;
}

export enum sk_shutdown {
    NONE = 0,
    READ = 1,
    WRITE = 2,
    BOTH = 3
}

export interface Iip_opts_raw_entry extends ip_opts_raw_entry.$Properties {
}

export class ip_opts_raw_entry {
    constructor(properties?: ip_opts_raw_entry.$Properties);
    $unknowns?: Uint8Array[];
    hdrincl: boolean;
    nodefrag: boolean;
    checksum: boolean;
    icmpv_filter: number[];
    static create(properties: ip_opts_raw_entry.$Shape): ip_opts_raw_entry & ip_opts_raw_entry.$Shape;
    static create(properties?: ip_opts_raw_entry.$Properties): ip_opts_raw_entry;
    static encode(message: ip_opts_raw_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: ip_opts_raw_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ip_opts_raw_entry & ip_opts_raw_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ip_opts_raw_entry & ip_opts_raw_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): ip_opts_raw_entry;
    static toObject(message: ip_opts_raw_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace ip_opts_raw_entry {
    interface $Properties {
        hdrincl?: (boolean|null);
        nodefrag?: (boolean|null);
        checksum?: (boolean|null);
        icmpv_filter?: (number[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = ip_opts_raw_entry.$Properties;
}

export interface Iip_opts_entry extends ip_opts_entry.$Properties {
}

export class ip_opts_entry {
    constructor(properties?: ip_opts_entry.$Properties);
    $unknowns?: Uint8Array[];
    freebind: boolean;
    raw?: (ip_opts_raw_entry.$Properties|null);
    pktinfo: boolean;
    tos: number;
    ttl: number;
    static create(properties: ip_opts_entry.$Shape): ip_opts_entry & ip_opts_entry.$Shape;
    static create(properties?: ip_opts_entry.$Properties): ip_opts_entry;
    static encode(message: ip_opts_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: ip_opts_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ip_opts_entry & ip_opts_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ip_opts_entry & ip_opts_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): ip_opts_entry;
    static toObject(message: ip_opts_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace ip_opts_entry {
    interface $Properties {
        freebind?: (boolean|null);
        raw?: (ip_opts_raw_entry.$Properties|null);
        pktinfo?: (boolean|null);
        tos?: (number|null);
        ttl?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = ip_opts_entry.$Properties;
}

export interface Itcp_opts_entry extends tcp_opts_entry.$Properties {
}

export class tcp_opts_entry {
    constructor(properties?: tcp_opts_entry.$Properties);
    $unknowns?: Uint8Array[];
    cork: boolean;
    nodelay: boolean;
    keepcnt: number;
    keepidle: number;
    keepintvl: number;
    static create(properties: tcp_opts_entry.$Shape): tcp_opts_entry & tcp_opts_entry.$Shape;
    static create(properties?: tcp_opts_entry.$Properties): tcp_opts_entry;
    static encode(message: tcp_opts_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: tcp_opts_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tcp_opts_entry & tcp_opts_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tcp_opts_entry & tcp_opts_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): tcp_opts_entry;
    static toObject(message: tcp_opts_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace tcp_opts_entry {
    interface $Properties {
        cork?: (boolean|null);
        nodelay?: (boolean|null);
        keepcnt?: (number|null);
        keepidle?: (number|null);
        keepintvl?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = tcp_opts_entry.$Properties;
}

export interface Iinet_sk_entry extends inet_sk_entry.$Properties {
}

export class inet_sk_entry {
    constructor(properties?: inet_sk_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    ino: number;
    family: number;
    type: number;
    proto: number;
    state: number;
    src_port: number;
    dst_port: number;
    flags: number;
    backlog: number;
    src_addr: number[];
    dst_addr: number[];
    fown: fown_entry.$Properties;
    opts: sk_opts_entry.$Properties;
    v6only: boolean;
    ip_opts?: (ip_opts_entry.$Properties|null);
    ifname: string;
    ns_id: number;
    shutdown: sk_shutdown;
    tcp_opts?: (tcp_opts_entry.$Properties|null);
    static create(properties: inet_sk_entry.$Shape): inet_sk_entry & inet_sk_entry.$Shape;
    static create(properties?: inet_sk_entry.$Properties): inet_sk_entry;
    static encode(message: inet_sk_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: inet_sk_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): inet_sk_entry & inet_sk_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): inet_sk_entry & inet_sk_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): inet_sk_entry;
    static toObject(message: inet_sk_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace inet_sk_entry {
    interface $Properties {
        id: number;
        ino: number;
        family: number;
        type: number;
        proto: number;
        state: number;
        src_port: number;
        dst_port: number;
        flags: number;
        backlog: number;
        src_addr?: (number[]|null);
        dst_addr?: (number[]|null);
        fown: fown_entry.$Properties;
        opts: sk_opts_entry.$Properties;
        v6only?: (boolean|null);
        ip_opts?: (ip_opts_entry.$Properties|null);
        ifname?: (string|null);
        ns_id?: (number|null);
        shutdown?: (sk_shutdown|null);
        tcp_opts?: (tcp_opts_entry.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = inet_sk_entry.$Properties;
}

export interface Ifile_perms_entry extends file_perms_entry.$Properties {
}

export class file_perms_entry {
    constructor(properties?: file_perms_entry.$Properties);
    $unknowns?: Uint8Array[];
    mode: number;
    uid: number;
    gid: number;
    static create(properties: file_perms_entry.$Shape): file_perms_entry & file_perms_entry.$Shape;
    static create(properties?: file_perms_entry.$Properties): file_perms_entry;
    static encode(message: file_perms_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: file_perms_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): file_perms_entry & file_perms_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): file_perms_entry & file_perms_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): file_perms_entry;
    static toObject(message: file_perms_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace file_perms_entry {
    interface $Properties {
        mode: number;
        uid: number;
        gid: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = file_perms_entry.$Properties;
}

export interface Iunix_sk_entry extends unix_sk_entry.$Properties {
}

export class unix_sk_entry {
    constructor(properties?: unix_sk_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    ino: number;
    type: number;
    state: number;
    flags: number;
    uflags: number;
    backlog: number;
    peer: number;
    fown: fown_entry.$Properties;
    opts: sk_opts_entry.$Properties;
    name: Uint8Array;
    shutdown: sk_shutdown;
    file_perms?: (file_perms_entry.$Properties|null);
    name_dir: string;
    deleted: boolean;
    ns_id: number;
    mnt_id: number;
    static create(properties: unix_sk_entry.$Shape): unix_sk_entry & unix_sk_entry.$Shape;
    static create(properties?: unix_sk_entry.$Properties): unix_sk_entry;
    static encode(message: unix_sk_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: unix_sk_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): unix_sk_entry & unix_sk_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): unix_sk_entry & unix_sk_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): unix_sk_entry;
    static toObject(message: unix_sk_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace unix_sk_entry {
    interface $Properties {
        id: number;
        ino: number;
        type: number;
        state: number;
        flags: number;
        uflags: number;
        backlog: number;
        peer: number;
        fown: fown_entry.$Properties;
        opts: sk_opts_entry.$Properties;
        name: Uint8Array;
        shutdown?: (sk_shutdown|null);
        file_perms?: (file_perms_entry.$Properties|null);
        name_dir?: (string|null);
        deleted?: (boolean|null);
        ns_id?: (number|null);
        mnt_id?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = unix_sk_entry.$Properties;
}

export interface Ipacket_mclist extends packet_mclist.$Properties {
}

export class packet_mclist {
    constructor(properties?: packet_mclist.$Properties);
    $unknowns?: Uint8Array[];
    index: number;
    type: number;
    addr: Uint8Array;
    static create(properties: packet_mclist.$Shape): packet_mclist & packet_mclist.$Shape;
    static create(properties?: packet_mclist.$Properties): packet_mclist;
    static encode(message: packet_mclist.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: packet_mclist.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packet_mclist & packet_mclist.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packet_mclist & packet_mclist.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): packet_mclist;
    static toObject(message: packet_mclist, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace packet_mclist {
    interface $Properties {
        index: number;
        type: number;
        addr: Uint8Array;
        $unknowns?: Uint8Array[];
    }
    type $Shape = packet_mclist.$Properties;
}

export interface Ipacket_ring extends packet_ring.$Properties {
}

export class packet_ring {
    constructor(properties?: packet_ring.$Properties);
    $unknowns?: Uint8Array[];
    block_size: number;
    block_nr: number;
    frame_size: number;
    frame_nr: number;
    retire_tmo: number;
    sizeof_priv: number;
    features: number;
    static create(properties: packet_ring.$Shape): packet_ring & packet_ring.$Shape;
    static create(properties?: packet_ring.$Properties): packet_ring;
    static encode(message: packet_ring.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: packet_ring.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packet_ring & packet_ring.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packet_ring & packet_ring.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): packet_ring;
    static toObject(message: packet_ring, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace packet_ring {
    interface $Properties {
        block_size: number;
        block_nr: number;
        frame_size: number;
        frame_nr: number;
        retire_tmo: number;
        sizeof_priv: number;
        features: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = packet_ring.$Properties;
}

export interface Ipacket_sock_entry extends packet_sock_entry.$Properties {
}

export class packet_sock_entry {
    constructor(properties?: packet_sock_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    type: number;
    protocol: number;
    flags: number;
    ifindex: number;
    fown: fown_entry.$Properties;
    opts: sk_opts_entry.$Properties;
    version: number;
    reserve: number;
    aux_data: boolean;
    orig_dev: boolean;
    vnet_hdr: boolean;
    loss: boolean;
    timestamp: number;
    copy_thresh: number;
    mclist: packet_mclist.$Properties[];
    fanout: number;
    rx_ring?: (packet_ring.$Properties|null);
    tx_ring?: (packet_ring.$Properties|null);
    ns_id: number;
    static create(properties: packet_sock_entry.$Shape): packet_sock_entry & packet_sock_entry.$Shape;
    static create(properties?: packet_sock_entry.$Properties): packet_sock_entry;
    static encode(message: packet_sock_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: packet_sock_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packet_sock_entry & packet_sock_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packet_sock_entry & packet_sock_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): packet_sock_entry;
    static toObject(message: packet_sock_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace packet_sock_entry {
    interface $Properties {
        id: number;
        type: number;
        protocol: number;
        flags: number;
        ifindex: number;
        fown: fown_entry.$Properties;
        opts: sk_opts_entry.$Properties;
        version: number;
        reserve: number;
        aux_data: boolean;
        orig_dev: boolean;
        vnet_hdr: boolean;
        loss: boolean;
        timestamp: number;
        copy_thresh: number;
        mclist?: (packet_mclist.$Properties[]|null);
        fanout?: (number|null);
        rx_ring?: (packet_ring.$Properties|null);
        tx_ring?: (packet_ring.$Properties|null);
        ns_id?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = packet_sock_entry.$Properties;
}

export interface Inetlink_sk_entry extends netlink_sk_entry.$Properties {
}

export class netlink_sk_entry {
    constructor(properties?: netlink_sk_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    ino: number;
    protocol: number;
    state: number;
    flags: number;
    portid: number;
    groups: number[];
    dst_portid: number;
    dst_group: number;
    fown: fown_entry.$Properties;
    opts: sk_opts_entry.$Properties;
    ns_id: number;
    static create(properties: netlink_sk_entry.$Shape): netlink_sk_entry & netlink_sk_entry.$Shape;
    static create(properties?: netlink_sk_entry.$Properties): netlink_sk_entry;
    static encode(message: netlink_sk_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: netlink_sk_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netlink_sk_entry & netlink_sk_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netlink_sk_entry & netlink_sk_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): netlink_sk_entry;
    static toObject(message: netlink_sk_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace netlink_sk_entry {
    interface $Properties {
        id: number;
        ino: number;
        protocol: number;
        state: number;
        flags: number;
        portid: number;
        groups?: (number[]|null);
        dst_portid: number;
        dst_group: number;
        fown: fown_entry.$Properties;
        opts: sk_opts_entry.$Properties;
        ns_id?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = netlink_sk_entry.$Properties;
}

export interface Iscm_entry extends scm_entry.$Properties {
}

export class scm_entry {
    constructor(properties?: scm_entry.$Properties);
    $unknowns?: Uint8Array[];
    type: number;
    rights: number[];
    static create(properties: scm_entry.$Shape): scm_entry & scm_entry.$Shape;
    static create(properties?: scm_entry.$Properties): scm_entry;
    static encode(message: scm_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: scm_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): scm_entry & scm_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): scm_entry & scm_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): scm_entry;
    static toObject(message: scm_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace scm_entry {
    interface $Properties {
        type: number;
        rights?: (number[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = scm_entry.$Properties;
}

export interface Isk_ucred_entry extends sk_ucred_entry.$Properties {
}

export class sk_ucred_entry {
    constructor(properties?: sk_ucred_entry.$Properties);
    $unknowns?: Uint8Array[];
    uid: number;
    gid: number;
    pid: number;
    static create(properties: sk_ucred_entry.$Shape): sk_ucred_entry & sk_ucred_entry.$Shape;
    static create(properties?: sk_ucred_entry.$Properties): sk_ucred_entry;
    static encode(message: sk_ucred_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: sk_ucred_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sk_ucred_entry & sk_ucred_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sk_ucred_entry & sk_ucred_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): sk_ucred_entry;
    static toObject(message: sk_ucred_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace sk_ucred_entry {
    interface $Properties {
        uid: number;
        gid: number;
        pid: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = sk_ucred_entry.$Properties;
}

export interface Isk_packet_entry extends sk_packet_entry.$Properties {
}

export class sk_packet_entry {
    constructor(properties?: sk_packet_entry.$Properties);
    $unknowns?: Uint8Array[];
    id_for: number;
    length: number;
    scm: scm_entry.$Properties[];
    ucred?: (sk_ucred_entry.$Properties|null);
    dead_pid?: (pidfs_attr_entry.$Properties|null);
    static create(properties: sk_packet_entry.$Shape): sk_packet_entry & sk_packet_entry.$Shape;
    static create(properties?: sk_packet_entry.$Properties): sk_packet_entry;
    static encode(message: sk_packet_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: sk_packet_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sk_packet_entry & sk_packet_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sk_packet_entry & sk_packet_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): sk_packet_entry;
    static toObject(message: sk_packet_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace sk_packet_entry {
    interface $Properties {
        id_for: number;
        length: number;
        scm?: (scm_entry.$Properties[]|null);
        ucred?: (sk_ucred_entry.$Properties|null);
        dead_pid?: (pidfs_attr_entry.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = sk_packet_entry.$Properties;
}

export interface Itcp_stream_entry extends tcp_stream_entry.$Properties {
}

export class tcp_stream_entry {
    constructor(properties?: tcp_stream_entry.$Properties);
    $unknowns?: Uint8Array[];
    inq_len: number;
    inq_seq: number;
    outq_len: number;
    outq_seq: number;
    opt_mask: number;
    snd_wscale: number;
    mss_clamp: number;
    rcv_wscale: number;
    timestamp: number;
    cork: boolean;
    nodelay: boolean;
    unsq_len: number;
    snd_wl1: number;
    snd_wnd: number;
    max_window: number;
    rcv_wnd: number;
    rcv_wup: number;
    static create(properties: tcp_stream_entry.$Shape): tcp_stream_entry & tcp_stream_entry.$Shape;
    static create(properties?: tcp_stream_entry.$Properties): tcp_stream_entry;
    static encode(message: tcp_stream_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: tcp_stream_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tcp_stream_entry & tcp_stream_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tcp_stream_entry & tcp_stream_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): tcp_stream_entry;
    static toObject(message: tcp_stream_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace tcp_stream_entry {
    interface $Properties {
        inq_len: number;
        inq_seq: number;
        outq_len: number;
        outq_seq: number;
        opt_mask: number;
        snd_wscale: number;
        mss_clamp: number;
        rcv_wscale?: (number|null);
        timestamp?: (number|null);
        cork?: (boolean|null);
        nodelay?: (boolean|null);
        unsq_len?: (number|null);
        snd_wl1?: (number|null);
        snd_wnd?: (number|null);
        max_window?: (number|null);
        rcv_wnd?: (number|null);
        rcv_wup?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = tcp_stream_entry.$Properties;
}

export interface Ipipe_entry extends pipe_entry.$Properties {
}

export class pipe_entry {
    constructor(properties?: pipe_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    pipe_id: number;
    flags: number;
    fown: fown_entry.$Properties;
    static create(properties: pipe_entry.$Shape): pipe_entry & pipe_entry.$Shape;
    static create(properties?: pipe_entry.$Properties): pipe_entry;
    static encode(message: pipe_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: pipe_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): pipe_entry & pipe_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pipe_entry & pipe_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): pipe_entry;
    static toObject(message: pipe_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace pipe_entry {
    interface $Properties {
        id: number;
        pipe_id: number;
        flags: number;
        fown: fown_entry.$Properties;
        $unknowns?: Uint8Array[];
    }
    type $Shape = pipe_entry.$Properties;
}

export interface Ififo_entry extends fifo_entry.$Properties {
}

export class fifo_entry {
    constructor(properties?: fifo_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    pipe_id: number;
    regf_id: number;
    static create(properties: fifo_entry.$Shape): fifo_entry & fifo_entry.$Shape;
    static create(properties?: fifo_entry.$Properties): fifo_entry;
    static encode(message: fifo_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: fifo_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fifo_entry & fifo_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fifo_entry & fifo_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): fifo_entry;
    static toObject(message: fifo_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace fifo_entry {
    interface $Properties {
        id: number;
        pipe_id: number;
        regf_id?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = fifo_entry.$Properties;
}

export interface Ipipe_data_entry extends pipe_data_entry.$Properties {
}

export class pipe_data_entry {
    constructor(properties?: pipe_data_entry.$Properties);
    $unknowns?: Uint8Array[];
    pipe_id: number;
    bytes: number;
    size: number;
    static create(properties: pipe_data_entry.$Shape): pipe_data_entry & pipe_data_entry.$Shape;
    static create(properties?: pipe_data_entry.$Properties): pipe_data_entry;
    static encode(message: pipe_data_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: pipe_data_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): pipe_data_entry & pipe_data_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pipe_data_entry & pipe_data_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): pipe_data_entry;
    static toObject(message: pipe_data_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace pipe_data_entry {
    interface $Properties {
        pipe_id: number;
        bytes: number;
        size?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = pipe_data_entry.$Properties;
}

export interface Iwinsize_entry extends winsize_entry.$Properties {
}

export class winsize_entry {
    constructor(properties?: winsize_entry.$Properties);
    $unknowns?: Uint8Array[];
    ws_row: number;
    ws_col: number;
    ws_xpixel: number;
    ws_ypixel: number;
    static create(properties: winsize_entry.$Shape): winsize_entry & winsize_entry.$Shape;
    static create(properties?: winsize_entry.$Properties): winsize_entry;
    static encode(message: winsize_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: winsize_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): winsize_entry & winsize_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): winsize_entry & winsize_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): winsize_entry;
    static toObject(message: winsize_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace winsize_entry {
    interface $Properties {
        ws_row: number;
        ws_col: number;
        ws_xpixel: number;
        ws_ypixel: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = winsize_entry.$Properties;
}

export interface Itermios_entry extends termios_entry.$Properties {
}

export class termios_entry {
    constructor(properties?: termios_entry.$Properties);
    $unknowns?: Uint8Array[];
    c_iflag: number;
    c_oflag: number;
    c_cflag: number;
    c_lflag: number;
    c_line: number;
    c_ispeed: number;
    c_ospeed: number;
    c_cc: number[];
    static create(properties: termios_entry.$Shape): termios_entry & termios_entry.$Shape;
    static create(properties?: termios_entry.$Properties): termios_entry;
    static encode(message: termios_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: termios_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): termios_entry & termios_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): termios_entry & termios_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): termios_entry;
    static toObject(message: termios_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace termios_entry {
    interface $Properties {
        c_iflag: number;
        c_oflag: number;
        c_cflag: number;
        c_lflag: number;
        c_line: number;
        c_ispeed: number;
        c_ospeed: number;
        c_cc?: (number[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = termios_entry.$Properties;
}

export interface Itty_pty_entry extends tty_pty_entry.$Properties {
}

export class tty_pty_entry {
    constructor(properties?: tty_pty_entry.$Properties);
    $unknowns?: Uint8Array[];
    index: number;
    static create(properties: tty_pty_entry.$Shape): tty_pty_entry & tty_pty_entry.$Shape;
    static create(properties?: tty_pty_entry.$Properties): tty_pty_entry;
    static encode(message: tty_pty_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: tty_pty_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tty_pty_entry & tty_pty_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tty_pty_entry & tty_pty_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): tty_pty_entry;
    static toObject(message: tty_pty_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace tty_pty_entry {
    interface $Properties {
        index: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = tty_pty_entry.$Properties;
}

export enum TtyType {
    UNKNOWN = 0,
    PTY = 1,
    CONSOLE = 2,
    VT = 3,
    CTTY = 4,
    EXT_TTY = 5,
    SERIAL = 6
}

export interface Itty_data_entry extends tty_data_entry.$Properties {
}

export class tty_data_entry {
    constructor(properties?: tty_data_entry.$Properties);
    $unknowns?: Uint8Array[];
    tty_id: number;
    data: Uint8Array;
    static create(properties: tty_data_entry.$Shape): tty_data_entry & tty_data_entry.$Shape;
    static create(properties?: tty_data_entry.$Properties): tty_data_entry;
    static encode(message: tty_data_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: tty_data_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tty_data_entry & tty_data_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tty_data_entry & tty_data_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): tty_data_entry;
    static toObject(message: tty_data_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace tty_data_entry {
    interface $Properties {
        tty_id: number;
        data: Uint8Array;
        $unknowns?: Uint8Array[];
    }
    type $Shape = tty_data_entry.$Properties;
}

export interface Itty_info_entry extends tty_info_entry.$Properties {
}

export class tty_info_entry {
    constructor(properties?: tty_info_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    type: TtyType;
    locked: boolean;
    exclusive: boolean;
    packet_mode: boolean;
    sid: number;
    pgrp: number;
    rdev: number;
    termios?: (termios_entry.$Properties|null);
    termios_locked?: (termios_entry.$Properties|null);
    winsize?: (winsize_entry.$Properties|null);
    pty?: (tty_pty_entry.$Properties|null);
    dev: number;
    uid: number;
    gid: number;
    static create(properties: tty_info_entry.$Shape): tty_info_entry & tty_info_entry.$Shape;
    static create(properties?: tty_info_entry.$Properties): tty_info_entry;
    static encode(message: tty_info_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: tty_info_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tty_info_entry & tty_info_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tty_info_entry & tty_info_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): tty_info_entry;
    static toObject(message: tty_info_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace tty_info_entry {
    interface $Properties {
        id: number;
        type: TtyType;
        locked: boolean;
        exclusive: boolean;
        packet_mode: boolean;
        sid: number;
        pgrp: number;
        rdev: number;
        termios?: (termios_entry.$Properties|null);
        termios_locked?: (termios_entry.$Properties|null);
        winsize?: (winsize_entry.$Properties|null);
        pty?: (tty_pty_entry.$Properties|null);
        dev?: (number|null);
        uid?: (number|null);
        gid?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = tty_info_entry.$Properties;
}

export interface Itty_file_entry extends tty_file_entry.$Properties {
}

export class tty_file_entry {
    constructor(properties?: tty_file_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    tty_info_id: number;
    flags: number;
    fown: fown_entry.$Properties;
    regf_id: number;
    static create(properties: tty_file_entry.$Shape): tty_file_entry & tty_file_entry.$Shape;
    static create(properties?: tty_file_entry.$Properties): tty_file_entry;
    static encode(message: tty_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: tty_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tty_file_entry & tty_file_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tty_file_entry & tty_file_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): tty_file_entry;
    static toObject(message: tty_file_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace tty_file_entry {
    interface $Properties {
        id: number;
        tty_info_id: number;
        flags: number;
        fown: fown_entry.$Properties;
        regf_id?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = tty_file_entry.$Properties;
}

export interface Itunfile_entry extends tunfile_entry.$Properties {
}

export class tunfile_entry {
    constructor(properties?: tunfile_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: number;
    netdev: string;
    detached: boolean;
    ns_id: number;
    static create(properties: tunfile_entry.$Shape): tunfile_entry & tunfile_entry.$Shape;
    static create(properties?: tunfile_entry.$Properties): tunfile_entry;
    static encode(message: tunfile_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: tunfile_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tunfile_entry & tunfile_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tunfile_entry & tunfile_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): tunfile_entry;
    static toObject(message: tunfile_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace tunfile_entry {
    interface $Properties {
        id: number;
        netdev?: (string|null);
        detached?: (boolean|null);
        ns_id?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = tunfile_entry.$Properties;
}

export interface Itun_link_entry extends tun_link_entry.$Properties {
}

export class tun_link_entry {
    constructor(properties?: tun_link_entry.$Properties);
    $unknowns?: Uint8Array[];
    flags: number;
    owner: number;
    group: number;
    vnethdr: number;
    sndbuf: number;
    static create(properties: tun_link_entry.$Shape): tun_link_entry & tun_link_entry.$Shape;
    static create(properties?: tun_link_entry.$Properties): tun_link_entry;
    static encode(message: tun_link_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: tun_link_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tun_link_entry & tun_link_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tun_link_entry & tun_link_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): tun_link_entry;
    static toObject(message: tun_link_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace tun_link_entry {
    interface $Properties {
        flags: number;
        owner: number;
        group: number;
        vnethdr: number;
        sndbuf: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = tun_link_entry.$Properties;
}

export interface Iutsns_entry extends utsns_entry.$Properties {
}

export class utsns_entry {
    constructor(properties?: utsns_entry.$Properties);
    $unknowns?: Uint8Array[];
    nodename: string;
    domainname: string;
    static create(properties: utsns_entry.$Shape): utsns_entry & utsns_entry.$Shape;
    static create(properties?: utsns_entry.$Properties): utsns_entry;
    static encode(message: utsns_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: utsns_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): utsns_entry & utsns_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): utsns_entry & utsns_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): utsns_entry;
    static toObject(message: utsns_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace utsns_entry {
    interface $Properties {
        nodename: string;
        domainname: string;
        $unknowns?: Uint8Array[];
    }
    type $Shape = utsns_entry.$Properties;
}

export interface Itimespec_entry extends timespec_entry.$Properties {
}

export class timespec_entry {
    constructor(properties?: timespec_entry.$Properties);
    $unknowns?: Uint8Array[];
    tv_sec: (number|Long);
    tv_nsec: (number|Long);
    static create(properties: timespec_entry.$Shape): timespec_entry & timespec_entry.$Shape;
    static create(properties?: timespec_entry.$Properties): timespec_entry;
    static encode(message: timespec_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: timespec_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): timespec_entry & timespec_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): timespec_entry & timespec_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): timespec_entry;
    static toObject(message: timespec_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace timespec_entry {
    interface $Properties {
        tv_sec: (number|Long);
        tv_nsec: (number|Long);
        $unknowns?: Uint8Array[];
    }
    type $Shape = timespec_entry.$Properties;
}

export interface Itimens_entry extends timens_entry.$Properties {
}

export class timens_entry {
    constructor(properties?: timens_entry.$Properties);
    $unknowns?: Uint8Array[];
    monotonic: timespec_entry.$Properties;
    boottime: timespec_entry.$Properties;
    static create(properties: timens_entry.$Shape): timens_entry & timens_entry.$Shape;
    static create(properties?: timens_entry.$Properties): timens_entry;
    static encode(message: timens_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: timens_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): timens_entry & timens_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): timens_entry & timens_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): timens_entry;
    static toObject(message: timens_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace timens_entry {
    interface $Properties {
        monotonic: timespec_entry.$Properties;
        boottime: timespec_entry.$Properties;
        $unknowns?: Uint8Array[];
    }
    type $Shape = timens_entry.$Properties;
}

export interface Ipidns_entry extends pidns_entry.$Properties {
}

export class pidns_entry {
    constructor(properties?: pidns_entry.$Properties);
    $unknowns?: Uint8Array[];
    ext_key: string;
    static create(properties: pidns_entry.$Shape): pidns_entry & pidns_entry.$Shape;
    static create(properties?: pidns_entry.$Properties): pidns_entry;
    static encode(message: pidns_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: pidns_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): pidns_entry & pidns_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pidns_entry & pidns_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): pidns_entry;
    static toObject(message: pidns_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace pidns_entry {
    interface $Properties {
        ext_key?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = pidns_entry.$Properties;
}

export interface Iuid_gid_extent extends uid_gid_extent.$Properties {
}

export class uid_gid_extent {
    constructor(properties?: uid_gid_extent.$Properties);
    $unknowns?: Uint8Array[];
    first: number;
    lower_first: number;
    count: number;
    static create(properties: uid_gid_extent.$Shape): uid_gid_extent & uid_gid_extent.$Shape;
    static create(properties?: uid_gid_extent.$Properties): uid_gid_extent;
    static encode(message: uid_gid_extent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: uid_gid_extent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): uid_gid_extent & uid_gid_extent.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): uid_gid_extent & uid_gid_extent.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): uid_gid_extent;
    static toObject(message: uid_gid_extent, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace uid_gid_extent {
    interface $Properties {
        first: number;
        lower_first: number;
        count: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = uid_gid_extent.$Properties;
}

export interface Iuserns_entry extends userns_entry.$Properties {
}

export class userns_entry {
    constructor(properties?: userns_entry.$Properties);
    $unknowns?: Uint8Array[];
    uid_map: uid_gid_extent.$Properties[];
    gid_map: uid_gid_extent.$Properties[];
    static create(properties: userns_entry.$Shape): userns_entry & userns_entry.$Shape;
    static create(properties?: userns_entry.$Properties): userns_entry;
    static encode(message: userns_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: userns_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): userns_entry & userns_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): userns_entry & userns_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): userns_entry;
    static toObject(message: userns_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace userns_entry {
    interface $Properties {
        uid_map?: (uid_gid_extent.$Properties[]|null);
        gid_map?: (uid_gid_extent.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = userns_entry.$Properties;
}

export enum fstype {
    UNSUPPORTED = 0,
    PROC = 1,
    SYSFS = 2,
    DEVTMPFS = 3,
    BINFMT_MISC = 4,
    TMPFS = 5,
    DEVPTS = 6,
    SIMFS = 7,
    PSTORE = 8,
    SECURITYFS = 9,
    FUSECTL = 10,
    DEBUGFS = 11,
    CGROUP = 12,
    AUFS = 13,
    MQUEUE = 14,
    FUSE = 15,
    AUTO = 16,
    OVERLAYFS = 17,
    AUTOFS = 18,
    TRACEFS = 19,
    CGROUP2 = 23
}

export interface Imnt_entry extends mnt_entry.$Properties {
}

export class mnt_entry {
    constructor(properties?: mnt_entry.$Properties);
    $unknowns?: Uint8Array[];
    fstype: number;
    mnt_id: number;
    root_dev: number;
    parent_mnt_id: number;
    flags: number;
    root: string;
    mountpoint: string;
    source: string;
    options: string;
    shared_id: number;
    master_id: number;
    with_plugin: boolean;
    ext_mount: boolean;
    fsname: string;
    internal_sharing: boolean;
    deleted: boolean;
    sb_flags: number;
    ext_key: string;
    static create(properties: mnt_entry.$Shape): mnt_entry & mnt_entry.$Shape;
    static create(properties?: mnt_entry.$Properties): mnt_entry;
    static encode(message: mnt_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: mnt_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mnt_entry & mnt_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mnt_entry & mnt_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): mnt_entry;
    static toObject(message: mnt_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace mnt_entry {
    interface $Properties {
        fstype: number;
        mnt_id: number;
        root_dev: number;
        parent_mnt_id: number;
        flags: number;
        root: string;
        mountpoint: string;
        source: string;
        options: string;
        shared_id?: (number|null);
        master_id?: (number|null);
        with_plugin?: (boolean|null);
        ext_mount?: (boolean|null);
        fsname?: (string|null);
        internal_sharing?: (boolean|null);
        deleted?: (boolean|null);
        sb_flags?: (number|null);
        ext_key?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = mnt_entry.$Properties;
}

export enum SysctlType {
    CTL_STR = 5,
    CTL_32 = 6
}

export interface Isysctl_entry extends sysctl_entry.$Properties {
}

export class sysctl_entry {
    constructor(properties?: sysctl_entry.$Properties);
    $unknowns?: Uint8Array[];
    type: SysctlType;
    iarg: number;
    sarg: string;
    static create(properties: sysctl_entry.$Shape): sysctl_entry & sysctl_entry.$Shape;
    static create(properties?: sysctl_entry.$Properties): sysctl_entry;
    static encode(message: sysctl_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: sysctl_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sysctl_entry & sysctl_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sysctl_entry & sysctl_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): sysctl_entry;
    static toObject(message: sysctl_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace sysctl_entry {
    interface $Properties {
        type: SysctlType;
        iarg?: (number|null);
        sarg?: (string|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = sysctl_entry.$Properties;
}

export interface Imacvlan_link_entry extends macvlan_link_entry.$Properties {
}

export class macvlan_link_entry {
    constructor(properties?: macvlan_link_entry.$Properties);
    $unknowns?: Uint8Array[];
    mode: number;
    flags: number;
    static create(properties: macvlan_link_entry.$Shape): macvlan_link_entry & macvlan_link_entry.$Shape;
    static create(properties?: macvlan_link_entry.$Properties): macvlan_link_entry;
    static encode(message: macvlan_link_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: macvlan_link_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): macvlan_link_entry & macvlan_link_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): macvlan_link_entry & macvlan_link_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): macvlan_link_entry;
    static toObject(message: macvlan_link_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace macvlan_link_entry {
    interface $Properties {
        mode: number;
        flags?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = macvlan_link_entry.$Properties;
}

export interface Isit_entry extends sit_entry.$Properties {
}

export class sit_entry {
    constructor(properties?: sit_entry.$Properties);
    $unknowns?: Uint8Array[];
    link: number;
    local: number[];
    remote: number[];
    ttl: number;
    tos: number;
    pmtudisc: boolean;
    proto: number;
    flags: number;
    encap_type: number;
    encap_flags: number;
    encap_sport: number;
    encap_dport: number;
    rd_prefixlen: number;
    rd_prefix: number[];
    relay_prefixlen: number;
    relay_prefix: number[];
    static create(properties: sit_entry.$Shape): sit_entry & sit_entry.$Shape;
    static create(properties?: sit_entry.$Properties): sit_entry;
    static encode(message: sit_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: sit_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sit_entry & sit_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sit_entry & sit_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): sit_entry;
    static toObject(message: sit_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace sit_entry {
    interface $Properties {
        link?: (number|null);
        local?: (number[]|null);
        remote?: (number[]|null);
        ttl?: (number|null);
        tos?: (number|null);
        pmtudisc?: (boolean|null);
        proto?: (number|null);
        flags?: (number|null);
        encap_type?: (number|null);
        encap_flags?: (number|null);
        encap_sport?: (number|null);
        encap_dport?: (number|null);
        rd_prefixlen?: (number|null);
        rd_prefix?: (number[]|null);
        relay_prefixlen?: (number|null);
        relay_prefix?: (number[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = sit_entry.$Properties;
}

export enum nd_type {
    LOOPBACK = 1,
    VETH = 2,
    TUN = 3,
    EXTLINK = 4,
    VENET = 5,
    BRIDGE = 6,
    MACVLAN = 7,
    SIT = 8
}

export interface Inet_device_entry extends net_device_entry.$Properties {
}

export class net_device_entry {
    constructor(properties?: net_device_entry.$Properties);
    $unknowns?: Uint8Array[];
    type: nd_type;
    ifindex: number;
    mtu: number;
    flags: number;
    name: string;
    tun?: (tun_link_entry.$Properties|null);
    address: Uint8Array;
    conf: number[];
    conf4: sysctl_entry.$Properties[];
    conf6: sysctl_entry.$Properties[];
    macvlan?: (macvlan_link_entry.$Properties|null);
    peer_ifindex: number;
    peer_nsid: number;
    master: number;
    sit?: (sit_entry.$Properties|null);
    static create(properties: net_device_entry.$Shape): net_device_entry & net_device_entry.$Shape;
    static create(properties?: net_device_entry.$Properties): net_device_entry;
    static encode(message: net_device_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: net_device_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): net_device_entry & net_device_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): net_device_entry & net_device_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): net_device_entry;
    static toObject(message: net_device_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace net_device_entry {
    interface $Properties {
        type: nd_type;
        ifindex: number;
        mtu: number;
        flags: number;
        name: string;
        tun?: (tun_link_entry.$Properties|null);
        address?: (Uint8Array|null);
        conf?: (number[]|null);
        conf4?: (sysctl_entry.$Properties[]|null);
        conf6?: (sysctl_entry.$Properties[]|null);
        macvlan?: (macvlan_link_entry.$Properties|null);
        peer_ifindex?: (number|null);
        peer_nsid?: (number|null);
        master?: (number|null);
        sit?: (sit_entry.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = net_device_entry.$Properties;
}

export interface Inetns_id extends netns_id.$Properties {
}

export class netns_id {
    constructor(properties?: netns_id.$Properties);
    $unknowns?: Uint8Array[];
    target_ns_id: number;
    netnsid_value: number;
    static create(properties: netns_id.$Shape): netns_id & netns_id.$Shape;
    static create(properties?: netns_id.$Properties): netns_id;
    static encode(message: netns_id.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: netns_id.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netns_id & netns_id.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netns_id & netns_id.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): netns_id;
    static toObject(message: netns_id, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace netns_id {
    interface $Properties {
        target_ns_id: number;
        netnsid_value: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = netns_id.$Properties;
}

export interface Inetns_entry extends netns_entry.$Properties {
}

export class netns_entry {
    constructor(properties?: netns_entry.$Properties);
    $unknowns?: Uint8Array[];
    def_conf: number[];
    all_conf: number[];
    def_conf4: sysctl_entry.$Properties[];
    all_conf4: sysctl_entry.$Properties[];
    def_conf6: sysctl_entry.$Properties[];
    all_conf6: sysctl_entry.$Properties[];
    nsids: netns_id.$Properties[];
    ext_key: string;
    unix_conf: sysctl_entry.$Properties[];
    ipv4_sysctl: sysctl_entry.$Properties[];
    static create(properties: netns_entry.$Shape): netns_entry & netns_entry.$Shape;
    static create(properties?: netns_entry.$Properties): netns_entry;
    static encode(message: netns_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: netns_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netns_entry & netns_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netns_entry & netns_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): netns_entry;
    static toObject(message: netns_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace netns_entry {
    interface $Properties {
        def_conf?: (number[]|null);
        all_conf?: (number[]|null);
        def_conf4?: (sysctl_entry.$Properties[]|null);
        all_conf4?: (sysctl_entry.$Properties[]|null);
        def_conf6?: (sysctl_entry.$Properties[]|null);
        all_conf6?: (sysctl_entry.$Properties[]|null);
        nsids?: (netns_id.$Properties[]|null);
        ext_key?: (string|null);
        unix_conf?: (sysctl_entry.$Properties[]|null);
        ipv4_sysctl?: (sysctl_entry.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = netns_entry.$Properties;
}

export enum lsmtype {
    NO_LSM = 0,
    SELINUX = 1,
    APPARMOR = 2
}

export interface Iplugins_entry extends plugins_entry.$Properties {
}

export class plugins_entry {
    constructor(properties?: plugins_entry.$Properties);
    $unknowns?: Uint8Array[];
    plugins: string[];
    static create(properties: plugins_entry.$Shape): plugins_entry & plugins_entry.$Shape;
    static create(properties?: plugins_entry.$Properties): plugins_entry;
    static encode(message: plugins_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: plugins_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): plugins_entry & plugins_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): plugins_entry & plugins_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): plugins_entry;
    static toObject(message: plugins_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace plugins_entry {
    interface $Properties {
        plugins?: (string[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = plugins_entry.$Properties;
}

export interface Iinventory_entry extends inventory_entry.$Properties {
}

export class inventory_entry {
    constructor(properties?: inventory_entry.$Properties);
    $unknowns?: Uint8Array[];
    img_version: number;
    fdinfo_per_id: boolean;
    root_ids?: (task_kobj_ids_entry.$Properties|null);
    ns_per_id: boolean;
    root_cg_set: number;
    lsmtype: lsmtype;
    dump_uptime: (number|Long);
    pre_dump_mode: number;
    tcp_close: boolean;
    network_lock_method: number;
    plugins_entry?: (plugins_entry.$Properties|null);
    dump_criu_run_id: string;
    allow_uprobes: boolean;
    static create(properties: inventory_entry.$Shape): inventory_entry & inventory_entry.$Shape;
    static create(properties?: inventory_entry.$Properties): inventory_entry;
    static encode(message: inventory_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: inventory_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): inventory_entry & inventory_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): inventory_entry & inventory_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): inventory_entry;
    static toObject(message: inventory_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace inventory_entry {
    interface $Properties {
        img_version: number;
        fdinfo_per_id?: (boolean|null);
        root_ids?: (task_kobj_ids_entry.$Properties|null);
        ns_per_id?: (boolean|null);
        root_cg_set?: (number|null);
        lsmtype?: (lsmtype|null);
        dump_uptime?: (number|Long|null);
        pre_dump_mode?: (number|null);
        tcp_close?: (boolean|null);
        network_lock_method?: (number|null);
        plugins_entry?: (plugins_entry.$Properties|null);
        dump_criu_run_id?: (string|null);
        allow_uprobes?: (boolean|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = inventory_entry.$Properties;
}

export interface Ipstree_entry extends pstree_entry.$Properties {
}

export class pstree_entry {
    constructor(properties?: pstree_entry.$Properties);
    $unknowns?: Uint8Array[];
    pid: number;
    ppid: number;
    pgid: number;
    sid: number;
    threads: number[];
    static create(properties: pstree_entry.$Shape): pstree_entry & pstree_entry.$Shape;
    static create(properties?: pstree_entry.$Properties): pstree_entry;
    static encode(message: pstree_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: pstree_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): pstree_entry & pstree_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pstree_entry & pstree_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): pstree_entry;
    static toObject(message: pstree_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace pstree_entry {
    interface $Properties {
        pid: number;
        ppid: number;
        pgid: number;
        sid: number;
        threads?: (number[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = pstree_entry.$Properties;
}

export interface Ifs_entry extends fs_entry.$Properties {
}

export class fs_entry {
    constructor(properties?: fs_entry.$Properties);
    $unknowns?: Uint8Array[];
    cwd_id: number;
    root_id: number;
    umask: number;
    static create(properties: fs_entry.$Shape): fs_entry & fs_entry.$Shape;
    static create(properties?: fs_entry.$Properties): fs_entry;
    static encode(message: fs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: fs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fs_entry & fs_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fs_entry & fs_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): fs_entry;
    static toObject(message: fs_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace fs_entry {
    interface $Properties {
        cwd_id: number;
        root_id: number;
        umask?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = fs_entry.$Properties;
}

export interface Icreds_entry extends creds_entry.$Properties {
}

export class creds_entry {
    constructor(properties?: creds_entry.$Properties);
    $unknowns?: Uint8Array[];
    uid: number;
    gid: number;
    euid: number;
    egid: number;
    suid: number;
    sgid: number;
    fsuid: number;
    fsgid: number;
    cap_inh: number[];
    cap_prm: number[];
    cap_eff: number[];
    cap_bnd: number[];
    secbits: number;
    groups: number[];
    lsm_profile: string;
    lsm_sockcreate: string;
    apparmor_data: Uint8Array;
    no_new_privs: number;
    cap_amb: number[];
    static create(properties: creds_entry.$Shape): creds_entry & creds_entry.$Shape;
    static create(properties?: creds_entry.$Properties): creds_entry;
    static encode(message: creds_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: creds_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): creds_entry & creds_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): creds_entry & creds_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): creds_entry;
    static toObject(message: creds_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace creds_entry {
    interface $Properties {
        uid: number;
        gid: number;
        euid: number;
        egid: number;
        suid: number;
        sgid: number;
        fsuid: number;
        fsgid: number;
        cap_inh?: (number[]|null);
        cap_prm?: (number[]|null);
        cap_eff?: (number[]|null);
        cap_bnd?: (number[]|null);
        secbits: number;
        groups?: (number[]|null);
        lsm_profile?: (string|null);
        lsm_sockcreate?: (string|null);
        apparmor_data?: (Uint8Array|null);
        no_new_privs?: (number|null);
        cap_amb?: (number[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = creds_entry.$Properties;
}

export interface Irlimit_entry extends rlimit_entry.$Properties {
}

export class rlimit_entry {
    constructor(properties?: rlimit_entry.$Properties);
    $unknowns?: Uint8Array[];
    cur: (number|Long);
    max: (number|Long);
    static create(properties: rlimit_entry.$Shape): rlimit_entry & rlimit_entry.$Shape;
    static create(properties?: rlimit_entry.$Properties): rlimit_entry;
    static encode(message: rlimit_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: rlimit_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): rlimit_entry & rlimit_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): rlimit_entry & rlimit_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): rlimit_entry;
    static toObject(message: rlimit_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace rlimit_entry {
    interface $Properties {
        cur: (number|Long);
        max: (number|Long);
        $unknowns?: Uint8Array[];
    }
    type $Shape = rlimit_entry.$Properties;
}

export interface Itask_rlimits_entry extends task_rlimits_entry.$Properties {
}

export class task_rlimits_entry {
    constructor(properties?: task_rlimits_entry.$Properties);
    $unknowns?: Uint8Array[];
    rlimits: rlimit_entry.$Properties[];
    static create(properties: task_rlimits_entry.$Shape): task_rlimits_entry & task_rlimits_entry.$Shape;
    static create(properties?: task_rlimits_entry.$Properties): task_rlimits_entry;
    static encode(message: task_rlimits_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: task_rlimits_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): task_rlimits_entry & task_rlimits_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): task_rlimits_entry & task_rlimits_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): task_rlimits_entry;
    static toObject(message: task_rlimits_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace task_rlimits_entry {
    interface $Properties {
        rlimits?: (rlimit_entry.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = task_rlimits_entry.$Properties;
}

export interface Iitimer_entry extends itimer_entry.$Properties {
}

export class itimer_entry {
    constructor(properties?: itimer_entry.$Properties);
    $unknowns?: Uint8Array[];
    isec: (number|Long);
    iusec: (number|Long);
    vsec: (number|Long);
    vusec: (number|Long);
    static create(properties: itimer_entry.$Shape): itimer_entry & itimer_entry.$Shape;
    static create(properties?: itimer_entry.$Properties): itimer_entry;
    static encode(message: itimer_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: itimer_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): itimer_entry & itimer_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): itimer_entry & itimer_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): itimer_entry;
    static toObject(message: itimer_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace itimer_entry {
    interface $Properties {
        isec: (number|Long);
        iusec: (number|Long);
        vsec: (number|Long);
        vusec: (number|Long);
        $unknowns?: Uint8Array[];
    }
    type $Shape = itimer_entry.$Properties;
}

export interface Iposix_timer_entry extends posix_timer_entry.$Properties {
}

export class posix_timer_entry {
    constructor(properties?: posix_timer_entry.$Properties);
    $unknowns?: Uint8Array[];
    it_id: number;
    clock_id: number;
    si_signo: number;
    it_sigev_notify: number;
    sival_ptr: (number|Long);
    overrun: number;
    isec: (number|Long);
    insec: (number|Long);
    vsec: (number|Long);
    vnsec: (number|Long);
    notify_thread_id: number;
    static create(properties: posix_timer_entry.$Shape): posix_timer_entry & posix_timer_entry.$Shape;
    static create(properties?: posix_timer_entry.$Properties): posix_timer_entry;
    static encode(message: posix_timer_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: posix_timer_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posix_timer_entry & posix_timer_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): posix_timer_entry & posix_timer_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): posix_timer_entry;
    static toObject(message: posix_timer_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace posix_timer_entry {
    interface $Properties {
        it_id: number;
        clock_id: number;
        si_signo: number;
        it_sigev_notify: number;
        sival_ptr: (number|Long);
        overrun: number;
        isec: (number|Long);
        insec: (number|Long);
        vsec: (number|Long);
        vnsec: (number|Long);
        notify_thread_id?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = posix_timer_entry.$Properties;
}

export interface Itask_timers_entry extends task_timers_entry.$Properties {
}

export class task_timers_entry {
    constructor(properties?: task_timers_entry.$Properties);
    $unknowns?: Uint8Array[];
    real: itimer_entry.$Properties;
    virt: itimer_entry.$Properties;
    prof: itimer_entry.$Properties;
    posix: posix_timer_entry.$Properties[];
    static create(properties: task_timers_entry.$Shape): task_timers_entry & task_timers_entry.$Shape;
    static create(properties?: task_timers_entry.$Properties): task_timers_entry;
    static encode(message: task_timers_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: task_timers_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): task_timers_entry & task_timers_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): task_timers_entry & task_timers_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): task_timers_entry;
    static toObject(message: task_timers_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace task_timers_entry {
    interface $Properties {
        real: itimer_entry.$Properties;
        virt: itimer_entry.$Properties;
        prof: itimer_entry.$Properties;
        posix?: (posix_timer_entry.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = task_timers_entry.$Properties;
}

export interface Isa_entry extends sa_entry.$Properties {
}

export class sa_entry {
    constructor(properties?: sa_entry.$Properties);
    $unknowns?: Uint8Array[];
    sigaction: (number|Long);
    flags: (number|Long);
    restorer: (number|Long);
    mask: (number|Long);
    compat_sigaction: boolean;
    mask_extended: (number|Long);
    static create(properties: sa_entry.$Shape): sa_entry & sa_entry.$Shape;
    static create(properties?: sa_entry.$Properties): sa_entry;
    static encode(message: sa_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: sa_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sa_entry & sa_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sa_entry & sa_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): sa_entry;
    static toObject(message: sa_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace sa_entry {
    interface $Properties {
        sigaction: (number|Long);
        flags: (number|Long);
        restorer: (number|Long);
        mask: (number|Long);
        compat_sigaction?: (boolean|null);
        mask_extended?: (number|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = sa_entry.$Properties;
}

export interface Isiginfo_entry extends siginfo_entry.$Properties {
}

export class siginfo_entry {
    constructor(properties?: siginfo_entry.$Properties);
    $unknowns?: Uint8Array[];
    siginfo: Uint8Array;
    static create(properties: siginfo_entry.$Shape): siginfo_entry & siginfo_entry.$Shape;
    static create(properties?: siginfo_entry.$Properties): siginfo_entry;
    static encode(message: siginfo_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: siginfo_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): siginfo_entry & siginfo_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): siginfo_entry & siginfo_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): siginfo_entry;
    static toObject(message: siginfo_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace siginfo_entry {
    interface $Properties {
        siginfo: Uint8Array;
        $unknowns?: Uint8Array[];
    }
    type $Shape = siginfo_entry.$Properties;
}

export interface Isignal_queue_entry extends signal_queue_entry.$Properties {
}

export class signal_queue_entry {
    constructor(properties?: signal_queue_entry.$Properties);
    $unknowns?: Uint8Array[];
    signals: siginfo_entry.$Properties[];
    static create(properties: signal_queue_entry.$Shape): signal_queue_entry & signal_queue_entry.$Shape;
    static create(properties?: signal_queue_entry.$Properties): signal_queue_entry;
    static encode(message: signal_queue_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: signal_queue_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): signal_queue_entry & signal_queue_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): signal_queue_entry & signal_queue_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): signal_queue_entry;
    static toObject(message: signal_queue_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace signal_queue_entry {
    interface $Properties {
        signals?: (siginfo_entry.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = signal_queue_entry.$Properties;
}

export interface Irseq_entry extends rseq_entry.$Properties {
}

export class rseq_entry {
    constructor(properties?: rseq_entry.$Properties);
    $unknowns?: Uint8Array[];
    rseq_abi_pointer: (number|Long);
    rseq_abi_size: number;
    signature: number;
    rseq_cs_pointer: (number|Long);
    static create(properties: rseq_entry.$Shape): rseq_entry & rseq_entry.$Shape;
    static create(properties?: rseq_entry.$Properties): rseq_entry;
    static encode(message: rseq_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: rseq_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): rseq_entry & rseq_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): rseq_entry & rseq_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): rseq_entry;
    static toObject(message: rseq_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace rseq_entry {
    interface $Properties {
        rseq_abi_pointer: (number|Long);
        rseq_abi_size: number;
        signature: number;
        rseq_cs_pointer?: (number|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = rseq_entry.$Properties;
}

export enum seccomp_mode {
    disabled = 0,
    strict = 1,
    filter = 2
}

export interface Itask_core_entry extends task_core_entry.$Properties {
}

export class task_core_entry {
    constructor(properties?: task_core_entry.$Properties);
    $unknowns?: Uint8Array[];
    task_state: number;
    exit_code: number;
    personality: number;
    flags: number;
    blk_sigset: (number|Long);
    comm: string;
    timers?: (task_timers_entry.$Properties|null);
    rlimits?: (task_rlimits_entry.$Properties|null);
    cg_set: number;
    signals_s?: (signal_queue_entry.$Properties|null);
    old_seccomp_mode: seccomp_mode;
    old_seccomp_filter: number;
    loginuid: number;
    oom_score_adj: number;
    sigactions: sa_entry.$Properties[];
    child_subreaper: boolean;
    blk_sigset_extended: (number|Long);
    stop_signo: number;
    membarrier_registration_mask: number;
    static create(properties: task_core_entry.$Shape): task_core_entry & task_core_entry.$Shape;
    static create(properties?: task_core_entry.$Properties): task_core_entry;
    static encode(message: task_core_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: task_core_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): task_core_entry & task_core_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): task_core_entry & task_core_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): task_core_entry;
    static toObject(message: task_core_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace task_core_entry {
    interface $Properties {
        task_state: number;
        exit_code: number;
        personality: number;
        flags: number;
        blk_sigset: (number|Long);
        comm: string;
        timers?: (task_timers_entry.$Properties|null);
        rlimits?: (task_rlimits_entry.$Properties|null);
        cg_set?: (number|null);
        signals_s?: (signal_queue_entry.$Properties|null);
        old_seccomp_mode?: (seccomp_mode|null);
        old_seccomp_filter?: (number|null);
        loginuid?: (number|null);
        oom_score_adj?: (number|null);
        sigactions?: (sa_entry.$Properties[]|null);
        child_subreaper?: (boolean|null);
        blk_sigset_extended?: (number|Long|null);
        stop_signo?: (number|null);
        membarrier_registration_mask?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = task_core_entry.$Properties;
}

export interface Itask_kobj_ids_entry extends task_kobj_ids_entry.$Properties {
}

export class task_kobj_ids_entry {
    constructor(properties?: task_kobj_ids_entry.$Properties);
    $unknowns?: Uint8Array[];
    vm_id: number;
    files_id: number;
    fs_id: number;
    sighand_id: number;
    pid_ns_id: number;
    net_ns_id: number;
    ipc_ns_id: number;
    uts_ns_id: number;
    mnt_ns_id: number;
    user_ns_id: number;
    cgroup_ns_id: number;
    time_ns_id: number;
    static create(properties: task_kobj_ids_entry.$Shape): task_kobj_ids_entry & task_kobj_ids_entry.$Shape;
    static create(properties?: task_kobj_ids_entry.$Properties): task_kobj_ids_entry;
    static encode(message: task_kobj_ids_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: task_kobj_ids_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): task_kobj_ids_entry & task_kobj_ids_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): task_kobj_ids_entry & task_kobj_ids_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): task_kobj_ids_entry;
    static toObject(message: task_kobj_ids_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace task_kobj_ids_entry {
    interface $Properties {
        vm_id: number;
        files_id: number;
        fs_id: number;
        sighand_id: number;
        pid_ns_id?: (number|null);
        net_ns_id?: (number|null);
        ipc_ns_id?: (number|null);
        uts_ns_id?: (number|null);
        mnt_ns_id?: (number|null);
        user_ns_id?: (number|null);
        cgroup_ns_id?: (number|null);
        time_ns_id?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = task_kobj_ids_entry.$Properties;
}

export interface Ithread_sas_entry extends thread_sas_entry.$Properties {
}

export class thread_sas_entry {
    constructor(properties?: thread_sas_entry.$Properties);
    $unknowns?: Uint8Array[];
    ss_sp: (number|Long);
    ss_size: (number|Long);
    ss_flags: number;
    static create(properties: thread_sas_entry.$Shape): thread_sas_entry & thread_sas_entry.$Shape;
    static create(properties?: thread_sas_entry.$Properties): thread_sas_entry;
    static encode(message: thread_sas_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: thread_sas_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thread_sas_entry & thread_sas_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thread_sas_entry & thread_sas_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): thread_sas_entry;
    static toObject(message: thread_sas_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace thread_sas_entry {
    interface $Properties {
        ss_sp: (number|Long);
        ss_size: (number|Long);
        ss_flags: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = thread_sas_entry.$Properties;
}

export interface Ithread_core_entry extends thread_core_entry.$Properties {
}

export class thread_core_entry {
    constructor(properties?: thread_core_entry.$Properties);
    $unknowns?: Uint8Array[];
    futex_rla: (number|Long);
    futex_rla_len: number;
    sched_nice: number;
    sched_policy: number;
    sched_prio: number;
    blk_sigset: (number|Long);
    sas?: (thread_sas_entry.$Properties|null);
    pdeath_sig: number;
    signals_p?: (signal_queue_entry.$Properties|null);
    creds?: (creds_entry.$Properties|null);
    seccomp_mode: seccomp_mode;
    seccomp_filter: number;
    comm: string;
    blk_sigset_extended: (number|Long);
    rseq_entry?: (rseq_entry.$Properties|null);
    cg_set: number;
    timerslack_ns: (number|Long);
    static create(properties: thread_core_entry.$Shape): thread_core_entry & thread_core_entry.$Shape;
    static create(properties?: thread_core_entry.$Properties): thread_core_entry;
    static encode(message: thread_core_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: thread_core_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thread_core_entry & thread_core_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thread_core_entry & thread_core_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): thread_core_entry;
    static toObject(message: thread_core_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace thread_core_entry {
    interface $Properties {
        futex_rla: (number|Long);
        futex_rla_len: number;
        sched_nice?: (number|null);
        sched_policy?: (number|null);
        sched_prio?: (number|null);
        blk_sigset?: (number|Long|null);
        sas?: (thread_sas_entry.$Properties|null);
        pdeath_sig?: (number|null);
        signals_p?: (signal_queue_entry.$Properties|null);
        creds?: (creds_entry.$Properties|null);
        seccomp_mode?: (seccomp_mode|null);
        seccomp_filter?: (number|null);
        comm?: (string|null);
        blk_sigset_extended?: (number|Long|null);
        rseq_entry?: (rseq_entry.$Properties|null);
        cg_set?: (number|null);
        timerslack_ns?: (number|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = thread_core_entry.$Properties;
}

export interface Icore_entry extends core_entry.$Properties {
}

export class core_entry {
    constructor(properties?: core_entry.$Properties);
    $unknowns?: Uint8Array[];
    mtype: core_entry.march;
    thread_info?: (thread_info_x86.$Properties|null);
    ti_arm?: (thread_info_arm.$Properties|null);
    ti_aarch64?: (thread_info_aarch64.$Properties|null);
    ti_ppc64?: (thread_info_ppc64.$Properties|null);
    ti_s390?: (thread_info_s390.$Properties|null);
    ti_mips?: (thread_info_mips.$Properties|null);
    ti_loongarch64?: (thread_info_loongarch64.$Properties|null);
    ti_riscv64?: (thread_info_riscv64.$Properties|null);
    tc?: (task_core_entry.$Properties|null);
    ids?: (task_kobj_ids_entry.$Properties|null);
    thread_core?: (thread_core_entry.$Properties|null);
    static create(properties: core_entry.$Shape): core_entry & core_entry.$Shape;
    static create(properties?: core_entry.$Properties): core_entry;
    static encode(message: core_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: core_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): core_entry & core_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): core_entry & core_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): core_entry;
    static toObject(message: core_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace core_entry {
    interface $Properties {
        mtype: core_entry.march;
        thread_info?: (thread_info_x86.$Properties|null);
        ti_arm?: (thread_info_arm.$Properties|null);
        ti_aarch64?: (thread_info_aarch64.$Properties|null);
        ti_ppc64?: (thread_info_ppc64.$Properties|null);
        ti_s390?: (thread_info_s390.$Properties|null);
        ti_mips?: (thread_info_mips.$Properties|null);
        ti_loongarch64?: (thread_info_loongarch64.$Properties|null);
        ti_riscv64?: (thread_info_riscv64.$Properties|null);
        tc?: (task_core_entry.$Properties|null);
        ids?: (task_kobj_ids_entry.$Properties|null);
        thread_core?: (thread_core_entry.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = core_entry.$Properties;

    enum march {
        UNKNOWN = 0,
        X86_64 = 1,
        ARM = 2,
        AARCH64 = 3,
        PPC64 = 4,
        S390 = 5,
        MIPS = 6,
        LOONGARCH64 = 7,
        RISCV64 = 8
    }
}

export enum user_x86_regs_mode {
    NATIVE = 1,
    COMPAT = 2
}

export interface Iuser_x86_regs_entry extends user_x86_regs_entry.$Properties {
}

export class user_x86_regs_entry {
    constructor(properties?: user_x86_regs_entry.$Properties);
    $unknowns?: Uint8Array[];
    r15: (number|Long);
    r14: (number|Long);
    r13: (number|Long);
    r12: (number|Long);
    bp: (number|Long);
    bx: (number|Long);
    r11: (number|Long);
    r10: (number|Long);
    r9: (number|Long);
    r8: (number|Long);
    ax: (number|Long);
    cx: (number|Long);
    dx: (number|Long);
    si: (number|Long);
    di: (number|Long);
    orig_ax: (number|Long);
    ip: (number|Long);
    cs: (number|Long);
    flags: (number|Long);
    sp: (number|Long);
    ss: (number|Long);
    fs_base: (number|Long);
    gs_base: (number|Long);
    ds: (number|Long);
    es: (number|Long);
    fs: (number|Long);
    gs: (number|Long);
    mode: user_x86_regs_mode;
    static create(properties: user_x86_regs_entry.$Shape): user_x86_regs_entry & user_x86_regs_entry.$Shape;
    static create(properties?: user_x86_regs_entry.$Properties): user_x86_regs_entry;
    static encode(message: user_x86_regs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_x86_regs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_x86_regs_entry & user_x86_regs_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_x86_regs_entry & user_x86_regs_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_x86_regs_entry;
    static toObject(message: user_x86_regs_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_x86_regs_entry {
    interface $Properties {
        r15: (number|Long);
        r14: (number|Long);
        r13: (number|Long);
        r12: (number|Long);
        bp: (number|Long);
        bx: (number|Long);
        r11: (number|Long);
        r10: (number|Long);
        r9: (number|Long);
        r8: (number|Long);
        ax: (number|Long);
        cx: (number|Long);
        dx: (number|Long);
        si: (number|Long);
        di: (number|Long);
        orig_ax: (number|Long);
        ip: (number|Long);
        cs: (number|Long);
        flags: (number|Long);
        sp: (number|Long);
        ss: (number|Long);
        fs_base: (number|Long);
        gs_base: (number|Long);
        ds: (number|Long);
        es: (number|Long);
        fs: (number|Long);
        gs: (number|Long);
        mode?: (user_x86_regs_mode|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_x86_regs_entry.$Properties;
}

export interface Iuser_x86_cet_entry extends user_x86_cet_entry.$Properties {
}

export class user_x86_cet_entry {
    constructor(properties?: user_x86_cet_entry.$Properties);
    $unknowns?: Uint8Array[];
    cet: (number|Long);
    ssp: (number|Long);
    static create(properties: user_x86_cet_entry.$Shape): user_x86_cet_entry & user_x86_cet_entry.$Shape;
    static create(properties?: user_x86_cet_entry.$Properties): user_x86_cet_entry;
    static encode(message: user_x86_cet_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_x86_cet_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_x86_cet_entry & user_x86_cet_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_x86_cet_entry & user_x86_cet_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_x86_cet_entry;
    static toObject(message: user_x86_cet_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_x86_cet_entry {
    interface $Properties {
        cet: (number|Long);
        ssp: (number|Long);
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_x86_cet_entry.$Properties;
}

export interface Iuser_x86_xsave_entry extends user_x86_xsave_entry.$Properties {
}

export class user_x86_xsave_entry {
    constructor(properties?: user_x86_xsave_entry.$Properties);
    $unknowns?: Uint8Array[];
    xstate_bv: (number|Long);
    ymmh_space: number[];
    bndreg_state: (number|Long)[];
    bndcsr_state: (number|Long)[];
    opmask_reg: (number|Long)[];
    zmm_upper: (number|Long)[];
    hi16_zmm: (number|Long)[];
    pkru: number[];
    cet?: (user_x86_cet_entry.$Properties|null);
    xtilecfg: (number|Long)[];
    static create(properties: user_x86_xsave_entry.$Shape): user_x86_xsave_entry & user_x86_xsave_entry.$Shape;
    static create(properties?: user_x86_xsave_entry.$Properties): user_x86_xsave_entry;
    static encode(message: user_x86_xsave_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_x86_xsave_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_x86_xsave_entry & user_x86_xsave_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_x86_xsave_entry & user_x86_xsave_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_x86_xsave_entry;
    static toObject(message: user_x86_xsave_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_x86_xsave_entry {
    interface $Properties {
        xstate_bv: (number|Long);
        ymmh_space?: (number[]|null);
        bndreg_state?: ((number|Long)[]|null);
        bndcsr_state?: ((number|Long)[]|null);
        opmask_reg?: ((number|Long)[]|null);
        zmm_upper?: ((number|Long)[]|null);
        hi16_zmm?: ((number|Long)[]|null);
        pkru?: (number[]|null);
        cet?: (user_x86_cet_entry.$Properties|null);
        xtilecfg?: ((number|Long)[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_x86_xsave_entry.$Properties;
}

export interface Iuser_x86_fpregs_entry extends user_x86_fpregs_entry.$Properties {
}

export class user_x86_fpregs_entry {
    constructor(properties?: user_x86_fpregs_entry.$Properties);
    $unknowns?: Uint8Array[];
    cwd: number;
    swd: number;
    twd: number;
    fop: number;
    rip: (number|Long);
    rdp: (number|Long);
    mxcsr: number;
    mxcsr_mask: number;
    st_space: number[];
    xmm_space: number[];
    padding: number[];
    xsave?: (user_x86_xsave_entry.$Properties|null);
    static create(properties: user_x86_fpregs_entry.$Shape): user_x86_fpregs_entry & user_x86_fpregs_entry.$Shape;
    static create(properties?: user_x86_fpregs_entry.$Properties): user_x86_fpregs_entry;
    static encode(message: user_x86_fpregs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_x86_fpregs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_x86_fpregs_entry & user_x86_fpregs_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_x86_fpregs_entry & user_x86_fpregs_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_x86_fpregs_entry;
    static toObject(message: user_x86_fpregs_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_x86_fpregs_entry {
    interface $Properties {
        cwd: number;
        swd: number;
        twd: number;
        fop: number;
        rip: (number|Long);
        rdp: (number|Long);
        mxcsr: number;
        mxcsr_mask: number;
        st_space?: (number[]|null);
        xmm_space?: (number[]|null);
        padding?: (number[]|null);
        xsave?: (user_x86_xsave_entry.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_x86_fpregs_entry.$Properties;
}

export interface Iuser_desc_t extends user_desc_t.$Properties {
}

export class user_desc_t {
    constructor(properties?: user_desc_t.$Properties);
    $unknowns?: Uint8Array[];
    entry_number: number;
    base_addr: number;
    limit: number;
    seg_32bit: boolean;
    contents_h: boolean;
    contents_l: boolean;
    read_exec_only: boolean;
    limit_in_pages: boolean;
    seg_not_present: boolean;
    usable: boolean;
    static create(properties: user_desc_t.$Shape): user_desc_t & user_desc_t.$Shape;
    static create(properties?: user_desc_t.$Properties): user_desc_t;
    static encode(message: user_desc_t.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_desc_t.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_desc_t & user_desc_t.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_desc_t & user_desc_t.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_desc_t;
    static toObject(message: user_desc_t, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_desc_t {
    interface $Properties {
        entry_number: number;
        base_addr: number;
        limit: number;
        seg_32bit: boolean;
        contents_h: boolean;
        contents_l: boolean;
        read_exec_only: boolean;
        limit_in_pages: boolean;
        seg_not_present: boolean;
        usable: boolean;
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_desc_t.$Properties;
}

export interface Ithread_info_x86 extends thread_info_x86.$Properties {
}

export class thread_info_x86 {
    constructor(properties?: thread_info_x86.$Properties);
    $unknowns?: Uint8Array[];
    clear_tid_addr: (number|Long);
    gpregs: user_x86_regs_entry.$Properties;
    fpregs: user_x86_fpregs_entry.$Properties;
    tls: user_desc_t.$Properties[];
    static create(properties: thread_info_x86.$Shape): thread_info_x86 & thread_info_x86.$Shape;
    static create(properties?: thread_info_x86.$Properties): thread_info_x86;
    static encode(message: thread_info_x86.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: thread_info_x86.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thread_info_x86 & thread_info_x86.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thread_info_x86 & thread_info_x86.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): thread_info_x86;
    static toObject(message: thread_info_x86, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace thread_info_x86 {
    interface $Properties {
        clear_tid_addr: (number|Long);
        gpregs: user_x86_regs_entry.$Properties;
        fpregs: user_x86_fpregs_entry.$Properties;
        tls?: (user_desc_t.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = thread_info_x86.$Properties;
}

export interface Iuser_arm_regs_entry extends user_arm_regs_entry.$Properties {
}

export class user_arm_regs_entry {
    constructor(properties?: user_arm_regs_entry.$Properties);
    $unknowns?: Uint8Array[];
    r0: number;
    r1: number;
    r2: number;
    r3: number;
    r4: number;
    r5: number;
    r6: number;
    r7: number;
    r8: number;
    r9: number;
    r10: number;
    fp: number;
    ip: number;
    sp: number;
    lr: number;
    pc: number;
    cpsr: number;
    orig_r0: number;
    static create(properties: user_arm_regs_entry.$Shape): user_arm_regs_entry & user_arm_regs_entry.$Shape;
    static create(properties?: user_arm_regs_entry.$Properties): user_arm_regs_entry;
    static encode(message: user_arm_regs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_arm_regs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_arm_regs_entry & user_arm_regs_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_arm_regs_entry & user_arm_regs_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_arm_regs_entry;
    static toObject(message: user_arm_regs_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_arm_regs_entry {
    interface $Properties {
        r0: number;
        r1: number;
        r2: number;
        r3: number;
        r4: number;
        r5: number;
        r6: number;
        r7: number;
        r8: number;
        r9: number;
        r10: number;
        fp: number;
        ip: number;
        sp: number;
        lr: number;
        pc: number;
        cpsr: number;
        orig_r0: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_arm_regs_entry.$Properties;
}

export interface Iuser_arm_vfpstate_entry extends user_arm_vfpstate_entry.$Properties {
}

export class user_arm_vfpstate_entry {
    constructor(properties?: user_arm_vfpstate_entry.$Properties);
    $unknowns?: Uint8Array[];
    vfp_regs: (number|Long)[];
    fpscr: number;
    fpexc: number;
    fpinst: number;
    fpinst2: number;
    static create(properties: user_arm_vfpstate_entry.$Shape): user_arm_vfpstate_entry & user_arm_vfpstate_entry.$Shape;
    static create(properties?: user_arm_vfpstate_entry.$Properties): user_arm_vfpstate_entry;
    static encode(message: user_arm_vfpstate_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_arm_vfpstate_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_arm_vfpstate_entry & user_arm_vfpstate_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_arm_vfpstate_entry & user_arm_vfpstate_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_arm_vfpstate_entry;
    static toObject(message: user_arm_vfpstate_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_arm_vfpstate_entry {
    interface $Properties {
        vfp_regs?: ((number|Long)[]|null);
        fpscr: number;
        fpexc: number;
        fpinst: number;
        fpinst2: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_arm_vfpstate_entry.$Properties;
}

export interface Ithread_info_arm extends thread_info_arm.$Properties {
}

export class thread_info_arm {
    constructor(properties?: thread_info_arm.$Properties);
    $unknowns?: Uint8Array[];
    clear_tid_addr: (number|Long);
    tls: number;
    gpregs: user_arm_regs_entry.$Properties;
    fpstate: user_arm_vfpstate_entry.$Properties;
    static create(properties: thread_info_arm.$Shape): thread_info_arm & thread_info_arm.$Shape;
    static create(properties?: thread_info_arm.$Properties): thread_info_arm;
    static encode(message: thread_info_arm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: thread_info_arm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thread_info_arm & thread_info_arm.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thread_info_arm & thread_info_arm.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): thread_info_arm;
    static toObject(message: thread_info_arm, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace thread_info_arm {
    interface $Properties {
        clear_tid_addr: (number|Long);
        tls: number;
        gpregs: user_arm_regs_entry.$Properties;
        fpstate: user_arm_vfpstate_entry.$Properties;
        $unknowns?: Uint8Array[];
    }
    type $Shape = thread_info_arm.$Properties;
}

export interface Iuser_aarch64_regs_entry extends user_aarch64_regs_entry.$Properties {
}

export class user_aarch64_regs_entry {
    constructor(properties?: user_aarch64_regs_entry.$Properties);
    $unknowns?: Uint8Array[];
    regs: (number|Long)[];
    sp: (number|Long);
    pc: (number|Long);
    pstate: (number|Long);
    static create(properties: user_aarch64_regs_entry.$Shape): user_aarch64_regs_entry & user_aarch64_regs_entry.$Shape;
    static create(properties?: user_aarch64_regs_entry.$Properties): user_aarch64_regs_entry;
    static encode(message: user_aarch64_regs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_aarch64_regs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_aarch64_regs_entry & user_aarch64_regs_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_aarch64_regs_entry & user_aarch64_regs_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_aarch64_regs_entry;
    static toObject(message: user_aarch64_regs_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_aarch64_regs_entry {
    interface $Properties {
        regs?: ((number|Long)[]|null);
        sp: (number|Long);
        pc: (number|Long);
        pstate: (number|Long);
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_aarch64_regs_entry.$Properties;
}

export interface Iuser_aarch64_fpsimd_context_entry extends user_aarch64_fpsimd_context_entry.$Properties {
}

export class user_aarch64_fpsimd_context_entry {
    constructor(properties?: user_aarch64_fpsimd_context_entry.$Properties);
    $unknowns?: Uint8Array[];
    vregs: (number|Long)[];
    fpsr: number;
    fpcr: number;
    static create(properties: user_aarch64_fpsimd_context_entry.$Shape): user_aarch64_fpsimd_context_entry & user_aarch64_fpsimd_context_entry.$Shape;
    static create(properties?: user_aarch64_fpsimd_context_entry.$Properties): user_aarch64_fpsimd_context_entry;
    static encode(message: user_aarch64_fpsimd_context_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_aarch64_fpsimd_context_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_aarch64_fpsimd_context_entry & user_aarch64_fpsimd_context_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_aarch64_fpsimd_context_entry & user_aarch64_fpsimd_context_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_aarch64_fpsimd_context_entry;
    static toObject(message: user_aarch64_fpsimd_context_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_aarch64_fpsimd_context_entry {
    interface $Properties {
        vregs?: ((number|Long)[]|null);
        fpsr: number;
        fpcr: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_aarch64_fpsimd_context_entry.$Properties;
}

export interface Ipac_address_keys extends pac_address_keys.$Properties {
}

export class pac_address_keys {
    constructor(properties?: pac_address_keys.$Properties);
    $unknowns?: Uint8Array[];
    apiakey_lo: (number|Long);
    apiakey_hi: (number|Long);
    apibkey_lo: (number|Long);
    apibkey_hi: (number|Long);
    apdakey_lo: (number|Long);
    apdakey_hi: (number|Long);
    apdbkey_lo: (number|Long);
    apdbkey_hi: (number|Long);
    pac_enabled_key: (number|Long);
    static create(properties: pac_address_keys.$Shape): pac_address_keys & pac_address_keys.$Shape;
    static create(properties?: pac_address_keys.$Properties): pac_address_keys;
    static encode(message: pac_address_keys.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: pac_address_keys.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): pac_address_keys & pac_address_keys.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pac_address_keys & pac_address_keys.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): pac_address_keys;
    static toObject(message: pac_address_keys, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace pac_address_keys {
    interface $Properties {
        apiakey_lo: (number|Long);
        apiakey_hi: (number|Long);
        apibkey_lo: (number|Long);
        apibkey_hi: (number|Long);
        apdakey_lo: (number|Long);
        apdakey_hi: (number|Long);
        apdbkey_lo: (number|Long);
        apdbkey_hi: (number|Long);
        pac_enabled_key: (number|Long);
        $unknowns?: Uint8Array[];
    }
    type $Shape = pac_address_keys.$Properties;
}

export interface Ipac_generic_keys extends pac_generic_keys.$Properties {
}

export class pac_generic_keys {
    constructor(properties?: pac_generic_keys.$Properties);
    $unknowns?: Uint8Array[];
    apgakey_lo: (number|Long);
    apgakey_hi: (number|Long);
    static create(properties: pac_generic_keys.$Shape): pac_generic_keys & pac_generic_keys.$Shape;
    static create(properties?: pac_generic_keys.$Properties): pac_generic_keys;
    static encode(message: pac_generic_keys.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: pac_generic_keys.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): pac_generic_keys & pac_generic_keys.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pac_generic_keys & pac_generic_keys.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): pac_generic_keys;
    static toObject(message: pac_generic_keys, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace pac_generic_keys {
    interface $Properties {
        apgakey_lo: (number|Long);
        apgakey_hi: (number|Long);
        $unknowns?: Uint8Array[];
    }
    type $Shape = pac_generic_keys.$Properties;
}

export interface Ipac_keys extends pac_keys.$Properties {
}

export class pac_keys {
    constructor(properties?: pac_keys.$Properties);
    $unknowns?: Uint8Array[];
    pac_address_keys?: (pac_address_keys.$Properties|null);
    pac_generic_keys?: (pac_generic_keys.$Properties|null);
    static create(properties: pac_keys.$Shape): pac_keys & pac_keys.$Shape;
    static create(properties?: pac_keys.$Properties): pac_keys;
    static encode(message: pac_keys.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: pac_keys.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): pac_keys & pac_keys.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pac_keys & pac_keys.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): pac_keys;
    static toObject(message: pac_keys, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace pac_keys {
    interface $Properties {
        pac_address_keys?: (pac_address_keys.$Properties|null);
        pac_generic_keys?: (pac_generic_keys.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = pac_keys.$Properties;
}

export interface Ithread_info_aarch64 extends thread_info_aarch64.$Properties {
}

export class thread_info_aarch64 {
    constructor(properties?: thread_info_aarch64.$Properties);
    $unknowns?: Uint8Array[];
    clear_tid_addr: (number|Long);
    tls: (number|Long);
    gpregs: user_aarch64_regs_entry.$Properties;
    fpsimd: user_aarch64_fpsimd_context_entry.$Properties;
    pac_keys?: (pac_keys.$Properties|null);
    static create(properties: thread_info_aarch64.$Shape): thread_info_aarch64 & thread_info_aarch64.$Shape;
    static create(properties?: thread_info_aarch64.$Properties): thread_info_aarch64;
    static encode(message: thread_info_aarch64.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: thread_info_aarch64.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thread_info_aarch64 & thread_info_aarch64.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thread_info_aarch64 & thread_info_aarch64.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): thread_info_aarch64;
    static toObject(message: thread_info_aarch64, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace thread_info_aarch64 {
    interface $Properties {
        clear_tid_addr: (number|Long);
        tls: (number|Long);
        gpregs: user_aarch64_regs_entry.$Properties;
        fpsimd: user_aarch64_fpsimd_context_entry.$Properties;
        pac_keys?: (pac_keys.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = thread_info_aarch64.$Properties;
}

export interface Iuser_ppc64_regs_entry extends user_ppc64_regs_entry.$Properties {
}

export class user_ppc64_regs_entry {
    constructor(properties?: user_ppc64_regs_entry.$Properties);
    $unknowns?: Uint8Array[];
    gpr: (number|Long)[];
    nip: (number|Long);
    msr: (number|Long);
    orig_gpr3: (number|Long);
    ctr: (number|Long);
    link: (number|Long);
    xer: (number|Long);
    ccr: (number|Long);
    trap: (number|Long);
    texasr: (number|Long);
    tfhar: (number|Long);
    tfiar: (number|Long);
    static create(properties: user_ppc64_regs_entry.$Shape): user_ppc64_regs_entry & user_ppc64_regs_entry.$Shape;
    static create(properties?: user_ppc64_regs_entry.$Properties): user_ppc64_regs_entry;
    static encode(message: user_ppc64_regs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_ppc64_regs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_ppc64_regs_entry & user_ppc64_regs_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_ppc64_regs_entry & user_ppc64_regs_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_ppc64_regs_entry;
    static toObject(message: user_ppc64_regs_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_ppc64_regs_entry {
    interface $Properties {
        gpr?: ((number|Long)[]|null);
        nip: (number|Long);
        msr: (number|Long);
        orig_gpr3: (number|Long);
        ctr: (number|Long);
        link: (number|Long);
        xer: (number|Long);
        ccr: (number|Long);
        trap: (number|Long);
        texasr?: (number|Long|null);
        tfhar?: (number|Long|null);
        tfiar?: (number|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_ppc64_regs_entry.$Properties;
}

export interface Iuser_ppc64_fpstate_entry extends user_ppc64_fpstate_entry.$Properties {
}

export class user_ppc64_fpstate_entry {
    constructor(properties?: user_ppc64_fpstate_entry.$Properties);
    $unknowns?: Uint8Array[];
    fpregs: (number|Long)[];
    static create(properties: user_ppc64_fpstate_entry.$Shape): user_ppc64_fpstate_entry & user_ppc64_fpstate_entry.$Shape;
    static create(properties?: user_ppc64_fpstate_entry.$Properties): user_ppc64_fpstate_entry;
    static encode(message: user_ppc64_fpstate_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_ppc64_fpstate_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_ppc64_fpstate_entry & user_ppc64_fpstate_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_ppc64_fpstate_entry & user_ppc64_fpstate_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_ppc64_fpstate_entry;
    static toObject(message: user_ppc64_fpstate_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_ppc64_fpstate_entry {
    interface $Properties {
        fpregs?: ((number|Long)[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_ppc64_fpstate_entry.$Properties;
}

export interface Iuser_ppc64_vrstate_entry extends user_ppc64_vrstate_entry.$Properties {
}

export class user_ppc64_vrstate_entry {
    constructor(properties?: user_ppc64_vrstate_entry.$Properties);
    $unknowns?: Uint8Array[];
    vrregs: (number|Long)[];
    vrsave: number;
    static create(properties: user_ppc64_vrstate_entry.$Shape): user_ppc64_vrstate_entry & user_ppc64_vrstate_entry.$Shape;
    static create(properties?: user_ppc64_vrstate_entry.$Properties): user_ppc64_vrstate_entry;
    static encode(message: user_ppc64_vrstate_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_ppc64_vrstate_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_ppc64_vrstate_entry & user_ppc64_vrstate_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_ppc64_vrstate_entry & user_ppc64_vrstate_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_ppc64_vrstate_entry;
    static toObject(message: user_ppc64_vrstate_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_ppc64_vrstate_entry {
    interface $Properties {
        vrregs?: ((number|Long)[]|null);
        vrsave: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_ppc64_vrstate_entry.$Properties;
}

export interface Iuser_ppc64_vsxstate_entry extends user_ppc64_vsxstate_entry.$Properties {
}

export class user_ppc64_vsxstate_entry {
    constructor(properties?: user_ppc64_vsxstate_entry.$Properties);
    $unknowns?: Uint8Array[];
    vsxregs: (number|Long)[];
    static create(properties: user_ppc64_vsxstate_entry.$Shape): user_ppc64_vsxstate_entry & user_ppc64_vsxstate_entry.$Shape;
    static create(properties?: user_ppc64_vsxstate_entry.$Properties): user_ppc64_vsxstate_entry;
    static encode(message: user_ppc64_vsxstate_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_ppc64_vsxstate_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_ppc64_vsxstate_entry & user_ppc64_vsxstate_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_ppc64_vsxstate_entry & user_ppc64_vsxstate_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_ppc64_vsxstate_entry;
    static toObject(message: user_ppc64_vsxstate_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_ppc64_vsxstate_entry {
    interface $Properties {
        vsxregs?: ((number|Long)[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_ppc64_vsxstate_entry.$Properties;
}

export interface Iuser_ppc64_tm_regs_entry extends user_ppc64_tm_regs_entry.$Properties {
}

export class user_ppc64_tm_regs_entry {
    constructor(properties?: user_ppc64_tm_regs_entry.$Properties);
    $unknowns?: Uint8Array[];
    gpregs: user_ppc64_regs_entry.$Properties;
    fpstate?: (user_ppc64_fpstate_entry.$Properties|null);
    vrstate?: (user_ppc64_vrstate_entry.$Properties|null);
    vsxstate?: (user_ppc64_vsxstate_entry.$Properties|null);
    static create(properties: user_ppc64_tm_regs_entry.$Shape): user_ppc64_tm_regs_entry & user_ppc64_tm_regs_entry.$Shape;
    static create(properties?: user_ppc64_tm_regs_entry.$Properties): user_ppc64_tm_regs_entry;
    static encode(message: user_ppc64_tm_regs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_ppc64_tm_regs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_ppc64_tm_regs_entry & user_ppc64_tm_regs_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_ppc64_tm_regs_entry & user_ppc64_tm_regs_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_ppc64_tm_regs_entry;
    static toObject(message: user_ppc64_tm_regs_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_ppc64_tm_regs_entry {
    interface $Properties {
        gpregs: user_ppc64_regs_entry.$Properties;
        fpstate?: (user_ppc64_fpstate_entry.$Properties|null);
        vrstate?: (user_ppc64_vrstate_entry.$Properties|null);
        vsxstate?: (user_ppc64_vsxstate_entry.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_ppc64_tm_regs_entry.$Properties;
}

export interface Ithread_info_ppc64 extends thread_info_ppc64.$Properties {
}

export class thread_info_ppc64 {
    constructor(properties?: thread_info_ppc64.$Properties);
    $unknowns?: Uint8Array[];
    clear_tid_addr: (number|Long);
    gpregs: user_ppc64_regs_entry.$Properties;
    fpstate?: (user_ppc64_fpstate_entry.$Properties|null);
    vrstate?: (user_ppc64_vrstate_entry.$Properties|null);
    vsxstate?: (user_ppc64_vsxstate_entry.$Properties|null);
    tmstate?: (user_ppc64_tm_regs_entry.$Properties|null);
    static create(properties: thread_info_ppc64.$Shape): thread_info_ppc64 & thread_info_ppc64.$Shape;
    static create(properties?: thread_info_ppc64.$Properties): thread_info_ppc64;
    static encode(message: thread_info_ppc64.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: thread_info_ppc64.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thread_info_ppc64 & thread_info_ppc64.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thread_info_ppc64 & thread_info_ppc64.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): thread_info_ppc64;
    static toObject(message: thread_info_ppc64, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace thread_info_ppc64 {
    interface $Properties {
        clear_tid_addr: (number|Long);
        gpregs: user_ppc64_regs_entry.$Properties;
        fpstate?: (user_ppc64_fpstate_entry.$Properties|null);
        vrstate?: (user_ppc64_vrstate_entry.$Properties|null);
        vsxstate?: (user_ppc64_vsxstate_entry.$Properties|null);
        tmstate?: (user_ppc64_tm_regs_entry.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = thread_info_ppc64.$Properties;
}

export interface Iuser_s390_regs_entry extends user_s390_regs_entry.$Properties {
}

export class user_s390_regs_entry {
    constructor(properties?: user_s390_regs_entry.$Properties);
    $unknowns?: Uint8Array[];
    psw_mask: (number|Long);
    psw_addr: (number|Long);
    gprs: (number|Long)[];
    acrs: number[];
    orig_gpr2: (number|Long);
    system_call: number;
    static create(properties: user_s390_regs_entry.$Shape): user_s390_regs_entry & user_s390_regs_entry.$Shape;
    static create(properties?: user_s390_regs_entry.$Properties): user_s390_regs_entry;
    static encode(message: user_s390_regs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_s390_regs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_s390_regs_entry & user_s390_regs_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_s390_regs_entry & user_s390_regs_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_s390_regs_entry;
    static toObject(message: user_s390_regs_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_s390_regs_entry {
    interface $Properties {
        psw_mask: (number|Long);
        psw_addr: (number|Long);
        gprs?: ((number|Long)[]|null);
        acrs?: (number[]|null);
        orig_gpr2: (number|Long);
        system_call: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_s390_regs_entry.$Properties;
}

export interface Iuser_s390_vxrs_low_entry extends user_s390_vxrs_low_entry.$Properties {
}

export class user_s390_vxrs_low_entry {
    constructor(properties?: user_s390_vxrs_low_entry.$Properties);
    $unknowns?: Uint8Array[];
    regs: (number|Long)[];
    static create(properties: user_s390_vxrs_low_entry.$Shape): user_s390_vxrs_low_entry & user_s390_vxrs_low_entry.$Shape;
    static create(properties?: user_s390_vxrs_low_entry.$Properties): user_s390_vxrs_low_entry;
    static encode(message: user_s390_vxrs_low_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_s390_vxrs_low_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_s390_vxrs_low_entry & user_s390_vxrs_low_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_s390_vxrs_low_entry & user_s390_vxrs_low_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_s390_vxrs_low_entry;
    static toObject(message: user_s390_vxrs_low_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_s390_vxrs_low_entry {
    interface $Properties {
        regs?: ((number|Long)[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_s390_vxrs_low_entry.$Properties;
}

export interface Iuser_s390_vxrs_high_entry extends user_s390_vxrs_high_entry.$Properties {
}

export class user_s390_vxrs_high_entry {
    constructor(properties?: user_s390_vxrs_high_entry.$Properties);
    $unknowns?: Uint8Array[];
    regs: (number|Long)[];
    static create(properties: user_s390_vxrs_high_entry.$Shape): user_s390_vxrs_high_entry & user_s390_vxrs_high_entry.$Shape;
    static create(properties?: user_s390_vxrs_high_entry.$Properties): user_s390_vxrs_high_entry;
    static encode(message: user_s390_vxrs_high_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_s390_vxrs_high_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_s390_vxrs_high_entry & user_s390_vxrs_high_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_s390_vxrs_high_entry & user_s390_vxrs_high_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_s390_vxrs_high_entry;
    static toObject(message: user_s390_vxrs_high_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_s390_vxrs_high_entry {
    interface $Properties {
        regs?: ((number|Long)[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_s390_vxrs_high_entry.$Properties;
}

export interface Iuser_s390_fpregs_entry extends user_s390_fpregs_entry.$Properties {
}

export class user_s390_fpregs_entry {
    constructor(properties?: user_s390_fpregs_entry.$Properties);
    $unknowns?: Uint8Array[];
    fpc: number;
    fprs: (number|Long)[];
    static create(properties: user_s390_fpregs_entry.$Shape): user_s390_fpregs_entry & user_s390_fpregs_entry.$Shape;
    static create(properties?: user_s390_fpregs_entry.$Properties): user_s390_fpregs_entry;
    static encode(message: user_s390_fpregs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_s390_fpregs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_s390_fpregs_entry & user_s390_fpregs_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_s390_fpregs_entry & user_s390_fpregs_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_s390_fpregs_entry;
    static toObject(message: user_s390_fpregs_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_s390_fpregs_entry {
    interface $Properties {
        fpc: number;
        fprs?: ((number|Long)[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_s390_fpregs_entry.$Properties;
}

export interface Iuser_s390_gs_cb_entry extends user_s390_gs_cb_entry.$Properties {
}

export class user_s390_gs_cb_entry {
    constructor(properties?: user_s390_gs_cb_entry.$Properties);
    $unknowns?: Uint8Array[];
    regs: (number|Long)[];
    static create(properties: user_s390_gs_cb_entry.$Shape): user_s390_gs_cb_entry & user_s390_gs_cb_entry.$Shape;
    static create(properties?: user_s390_gs_cb_entry.$Properties): user_s390_gs_cb_entry;
    static encode(message: user_s390_gs_cb_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_s390_gs_cb_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_s390_gs_cb_entry & user_s390_gs_cb_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_s390_gs_cb_entry & user_s390_gs_cb_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_s390_gs_cb_entry;
    static toObject(message: user_s390_gs_cb_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_s390_gs_cb_entry {
    interface $Properties {
        regs?: ((number|Long)[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_s390_gs_cb_entry.$Properties;
}

export interface Iuser_s390_ri_entry extends user_s390_ri_entry.$Properties {
}

export class user_s390_ri_entry {
    constructor(properties?: user_s390_ri_entry.$Properties);
    $unknowns?: Uint8Array[];
    ri_on: number;
    regs: (number|Long)[];
    static create(properties: user_s390_ri_entry.$Shape): user_s390_ri_entry & user_s390_ri_entry.$Shape;
    static create(properties?: user_s390_ri_entry.$Properties): user_s390_ri_entry;
    static encode(message: user_s390_ri_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_s390_ri_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_s390_ri_entry & user_s390_ri_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_s390_ri_entry & user_s390_ri_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_s390_ri_entry;
    static toObject(message: user_s390_ri_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_s390_ri_entry {
    interface $Properties {
        ri_on: number;
        regs?: ((number|Long)[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_s390_ri_entry.$Properties;
}

export interface Ithread_info_s390 extends thread_info_s390.$Properties {
}

export class thread_info_s390 {
    constructor(properties?: thread_info_s390.$Properties);
    $unknowns?: Uint8Array[];
    clear_tid_addr: (number|Long);
    gpregs: user_s390_regs_entry.$Properties;
    fpregs: user_s390_fpregs_entry.$Properties;
    vxrs_low?: (user_s390_vxrs_low_entry.$Properties|null);
    vxrs_high?: (user_s390_vxrs_high_entry.$Properties|null);
    gs_cb?: (user_s390_gs_cb_entry.$Properties|null);
    gs_bc?: (user_s390_gs_cb_entry.$Properties|null);
    ri_cb?: (user_s390_ri_entry.$Properties|null);
    static create(properties: thread_info_s390.$Shape): thread_info_s390 & thread_info_s390.$Shape;
    static create(properties?: thread_info_s390.$Properties): thread_info_s390;
    static encode(message: thread_info_s390.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: thread_info_s390.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thread_info_s390 & thread_info_s390.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thread_info_s390 & thread_info_s390.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): thread_info_s390;
    static toObject(message: thread_info_s390, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace thread_info_s390 {
    interface $Properties {
        clear_tid_addr: (number|Long);
        gpregs: user_s390_regs_entry.$Properties;
        fpregs: user_s390_fpregs_entry.$Properties;
        vxrs_low?: (user_s390_vxrs_low_entry.$Properties|null);
        vxrs_high?: (user_s390_vxrs_high_entry.$Properties|null);
        gs_cb?: (user_s390_gs_cb_entry.$Properties|null);
        gs_bc?: (user_s390_gs_cb_entry.$Properties|null);
        ri_cb?: (user_s390_ri_entry.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = thread_info_s390.$Properties;
}

export interface Iuser_mips_regs_entry extends user_mips_regs_entry.$Properties {
}

export class user_mips_regs_entry {
    constructor(properties?: user_mips_regs_entry.$Properties);
    $unknowns?: Uint8Array[];
    r0: (number|Long);
    r1: (number|Long);
    r2: (number|Long);
    r3: (number|Long);
    r4: (number|Long);
    r5: (number|Long);
    r6: (number|Long);
    r7: (number|Long);
    r8: (number|Long);
    r9: (number|Long);
    r10: (number|Long);
    r11: (number|Long);
    r12: (number|Long);
    r13: (number|Long);
    r14: (number|Long);
    r15: (number|Long);
    r16: (number|Long);
    r17: (number|Long);
    r18: (number|Long);
    r19: (number|Long);
    r20: (number|Long);
    r21: (number|Long);
    r22: (number|Long);
    r23: (number|Long);
    r24: (number|Long);
    r25: (number|Long);
    r26: (number|Long);
    r27: (number|Long);
    r28: (number|Long);
    r29: (number|Long);
    r30: (number|Long);
    r31: (number|Long);
    lo: (number|Long);
    hi: (number|Long);
    cp0_epc: (number|Long);
    cp0_badvaddr: (number|Long);
    cp0_status: (number|Long);
    cp0_cause: (number|Long);
    static create(properties: user_mips_regs_entry.$Shape): user_mips_regs_entry & user_mips_regs_entry.$Shape;
    static create(properties?: user_mips_regs_entry.$Properties): user_mips_regs_entry;
    static encode(message: user_mips_regs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_mips_regs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_mips_regs_entry & user_mips_regs_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_mips_regs_entry & user_mips_regs_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_mips_regs_entry;
    static toObject(message: user_mips_regs_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_mips_regs_entry {
    interface $Properties {
        r0: (number|Long);
        r1: (number|Long);
        r2: (number|Long);
        r3: (number|Long);
        r4: (number|Long);
        r5: (number|Long);
        r6: (number|Long);
        r7: (number|Long);
        r8: (number|Long);
        r9: (number|Long);
        r10: (number|Long);
        r11: (number|Long);
        r12: (number|Long);
        r13: (number|Long);
        r14: (number|Long);
        r15: (number|Long);
        r16: (number|Long);
        r17: (number|Long);
        r18: (number|Long);
        r19: (number|Long);
        r20: (number|Long);
        r21: (number|Long);
        r22: (number|Long);
        r23: (number|Long);
        r24: (number|Long);
        r25: (number|Long);
        r26: (number|Long);
        r27: (number|Long);
        r28: (number|Long);
        r29: (number|Long);
        r30: (number|Long);
        r31: (number|Long);
        lo: (number|Long);
        hi: (number|Long);
        cp0_epc: (number|Long);
        cp0_badvaddr: (number|Long);
        cp0_status: (number|Long);
        cp0_cause: (number|Long);
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_mips_regs_entry.$Properties;
}

export interface Iuser_mips_fpregs_entry extends user_mips_fpregs_entry.$Properties {
}

export class user_mips_fpregs_entry {
    constructor(properties?: user_mips_fpregs_entry.$Properties);
    $unknowns?: Uint8Array[];
    r0: (number|Long);
    r1: (number|Long);
    r2: (number|Long);
    r3: (number|Long);
    r4: (number|Long);
    r5: (number|Long);
    r6: (number|Long);
    r7: (number|Long);
    r8: (number|Long);
    r9: (number|Long);
    r10: (number|Long);
    r11: (number|Long);
    r12: (number|Long);
    r13: (number|Long);
    r14: (number|Long);
    r15: (number|Long);
    r16: (number|Long);
    r17: (number|Long);
    r18: (number|Long);
    r19: (number|Long);
    r20: (number|Long);
    r21: (number|Long);
    r22: (number|Long);
    r23: (number|Long);
    r24: (number|Long);
    r25: (number|Long);
    r26: (number|Long);
    r27: (number|Long);
    r28: (number|Long);
    r29: (number|Long);
    r30: (number|Long);
    r31: (number|Long);
    lo: (number|Long);
    hi: (number|Long);
    fpu_fcr31: number;
    fpu_id: number;
    static create(properties: user_mips_fpregs_entry.$Shape): user_mips_fpregs_entry & user_mips_fpregs_entry.$Shape;
    static create(properties?: user_mips_fpregs_entry.$Properties): user_mips_fpregs_entry;
    static encode(message: user_mips_fpregs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_mips_fpregs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_mips_fpregs_entry & user_mips_fpregs_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_mips_fpregs_entry & user_mips_fpregs_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_mips_fpregs_entry;
    static toObject(message: user_mips_fpregs_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_mips_fpregs_entry {
    interface $Properties {
        r0: (number|Long);
        r1: (number|Long);
        r2: (number|Long);
        r3: (number|Long);
        r4: (number|Long);
        r5: (number|Long);
        r6: (number|Long);
        r7: (number|Long);
        r8: (number|Long);
        r9: (number|Long);
        r10: (number|Long);
        r11: (number|Long);
        r12: (number|Long);
        r13: (number|Long);
        r14: (number|Long);
        r15: (number|Long);
        r16: (number|Long);
        r17: (number|Long);
        r18: (number|Long);
        r19: (number|Long);
        r20: (number|Long);
        r21: (number|Long);
        r22: (number|Long);
        r23: (number|Long);
        r24: (number|Long);
        r25: (number|Long);
        r26: (number|Long);
        r27: (number|Long);
        r28: (number|Long);
        r29: (number|Long);
        r30: (number|Long);
        r31: (number|Long);
        lo: (number|Long);
        hi: (number|Long);
        fpu_fcr31: number;
        fpu_id: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_mips_fpregs_entry.$Properties;
}

export interface Ithread_info_mips extends thread_info_mips.$Properties {
}

export class thread_info_mips {
    constructor(properties?: thread_info_mips.$Properties);
    $unknowns?: Uint8Array[];
    clear_tid_addr: (number|Long);
    tls: (number|Long);
    gpregs: user_mips_regs_entry.$Properties;
    fpregs: user_mips_fpregs_entry.$Properties;
    static create(properties: thread_info_mips.$Shape): thread_info_mips & thread_info_mips.$Shape;
    static create(properties?: thread_info_mips.$Properties): thread_info_mips;
    static encode(message: thread_info_mips.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: thread_info_mips.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thread_info_mips & thread_info_mips.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thread_info_mips & thread_info_mips.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): thread_info_mips;
    static toObject(message: thread_info_mips, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace thread_info_mips {
    interface $Properties {
        clear_tid_addr: (number|Long);
        tls: (number|Long);
        gpregs: user_mips_regs_entry.$Properties;
        fpregs: user_mips_fpregs_entry.$Properties;
        $unknowns?: Uint8Array[];
    }
    type $Shape = thread_info_mips.$Properties;
}

export interface Iuser_loongarch64_gpregs_entry extends user_loongarch64_gpregs_entry.$Properties {
}

export class user_loongarch64_gpregs_entry {
    constructor(properties?: user_loongarch64_gpregs_entry.$Properties);
    $unknowns?: Uint8Array[];
    regs: (number|Long)[];
    pc: (number|Long);
    static create(properties: user_loongarch64_gpregs_entry.$Shape): user_loongarch64_gpregs_entry & user_loongarch64_gpregs_entry.$Shape;
    static create(properties?: user_loongarch64_gpregs_entry.$Properties): user_loongarch64_gpregs_entry;
    static encode(message: user_loongarch64_gpregs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_loongarch64_gpregs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_loongarch64_gpregs_entry & user_loongarch64_gpregs_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_loongarch64_gpregs_entry & user_loongarch64_gpregs_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_loongarch64_gpregs_entry;
    static toObject(message: user_loongarch64_gpregs_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_loongarch64_gpregs_entry {
    interface $Properties {
        regs?: ((number|Long)[]|null);
        pc: (number|Long);
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_loongarch64_gpregs_entry.$Properties;
}

export interface Iuser_loongarch64_fpregs_entry extends user_loongarch64_fpregs_entry.$Properties {
}

export class user_loongarch64_fpregs_entry {
    constructor(properties?: user_loongarch64_fpregs_entry.$Properties);
    $unknowns?: Uint8Array[];
    regs: (number|Long)[];
    fcc: (number|Long);
    fcsr: number;
    static create(properties: user_loongarch64_fpregs_entry.$Shape): user_loongarch64_fpregs_entry & user_loongarch64_fpregs_entry.$Shape;
    static create(properties?: user_loongarch64_fpregs_entry.$Properties): user_loongarch64_fpregs_entry;
    static encode(message: user_loongarch64_fpregs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_loongarch64_fpregs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_loongarch64_fpregs_entry & user_loongarch64_fpregs_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_loongarch64_fpregs_entry & user_loongarch64_fpregs_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_loongarch64_fpregs_entry;
    static toObject(message: user_loongarch64_fpregs_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_loongarch64_fpregs_entry {
    interface $Properties {
        regs?: ((number|Long)[]|null);
        fcc: (number|Long);
        fcsr: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_loongarch64_fpregs_entry.$Properties;
}

export interface Ithread_info_loongarch64 extends thread_info_loongarch64.$Properties {
}

export class thread_info_loongarch64 {
    constructor(properties?: thread_info_loongarch64.$Properties);
    $unknowns?: Uint8Array[];
    clear_tid_addr: (number|Long);
    tls: (number|Long);
    gpregs: user_loongarch64_gpregs_entry.$Properties;
    fpregs: user_loongarch64_fpregs_entry.$Properties;
    static create(properties: thread_info_loongarch64.$Shape): thread_info_loongarch64 & thread_info_loongarch64.$Shape;
    static create(properties?: thread_info_loongarch64.$Properties): thread_info_loongarch64;
    static encode(message: thread_info_loongarch64.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: thread_info_loongarch64.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thread_info_loongarch64 & thread_info_loongarch64.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thread_info_loongarch64 & thread_info_loongarch64.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): thread_info_loongarch64;
    static toObject(message: thread_info_loongarch64, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace thread_info_loongarch64 {
    interface $Properties {
        clear_tid_addr: (number|Long);
        tls: (number|Long);
        gpregs: user_loongarch64_gpregs_entry.$Properties;
        fpregs: user_loongarch64_fpregs_entry.$Properties;
        $unknowns?: Uint8Array[];
    }
    type $Shape = thread_info_loongarch64.$Properties;
}

export interface Iuser_riscv64_regs_entry extends user_riscv64_regs_entry.$Properties {
}

export class user_riscv64_regs_entry {
    constructor(properties?: user_riscv64_regs_entry.$Properties);
    $unknowns?: Uint8Array[];
    pc: (number|Long);
    ra: (number|Long);
    sp: (number|Long);
    gp: (number|Long);
    tp: (number|Long);
    t0: (number|Long);
    t1: (number|Long);
    t2: (number|Long);
    s0: (number|Long);
    s1: (number|Long);
    a0: (number|Long);
    a1: (number|Long);
    a2: (number|Long);
    a3: (number|Long);
    a4: (number|Long);
    a5: (number|Long);
    a6: (number|Long);
    a7: (number|Long);
    s2: (number|Long);
    s3: (number|Long);
    s4: (number|Long);
    s5: (number|Long);
    s6: (number|Long);
    s7: (number|Long);
    s8: (number|Long);
    s9: (number|Long);
    s10: (number|Long);
    s11: (number|Long);
    t3: (number|Long);
    t4: (number|Long);
    t5: (number|Long);
    t6: (number|Long);
    static create(properties: user_riscv64_regs_entry.$Shape): user_riscv64_regs_entry & user_riscv64_regs_entry.$Shape;
    static create(properties?: user_riscv64_regs_entry.$Properties): user_riscv64_regs_entry;
    static encode(message: user_riscv64_regs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_riscv64_regs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_riscv64_regs_entry & user_riscv64_regs_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_riscv64_regs_entry & user_riscv64_regs_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_riscv64_regs_entry;
    static toObject(message: user_riscv64_regs_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_riscv64_regs_entry {
    interface $Properties {
        pc: (number|Long);
        ra: (number|Long);
        sp: (number|Long);
        gp: (number|Long);
        tp: (number|Long);
        t0: (number|Long);
        t1: (number|Long);
        t2: (number|Long);
        s0: (number|Long);
        s1: (number|Long);
        a0: (number|Long);
        a1: (number|Long);
        a2: (number|Long);
        a3: (number|Long);
        a4: (number|Long);
        a5: (number|Long);
        a6: (number|Long);
        a7: (number|Long);
        s2: (number|Long);
        s3: (number|Long);
        s4: (number|Long);
        s5: (number|Long);
        s6: (number|Long);
        s7: (number|Long);
        s8: (number|Long);
        s9: (number|Long);
        s10: (number|Long);
        s11: (number|Long);
        t3: (number|Long);
        t4: (number|Long);
        t5: (number|Long);
        t6: (number|Long);
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_riscv64_regs_entry.$Properties;
}

export interface Iuser_riscv64_d_ext_entry extends user_riscv64_d_ext_entry.$Properties {
}

export class user_riscv64_d_ext_entry {
    constructor(properties?: user_riscv64_d_ext_entry.$Properties);
    $unknowns?: Uint8Array[];
    f: (number|Long)[];
    fcsr: number;
    static create(properties: user_riscv64_d_ext_entry.$Shape): user_riscv64_d_ext_entry & user_riscv64_d_ext_entry.$Shape;
    static create(properties?: user_riscv64_d_ext_entry.$Properties): user_riscv64_d_ext_entry;
    static encode(message: user_riscv64_d_ext_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: user_riscv64_d_ext_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_riscv64_d_ext_entry & user_riscv64_d_ext_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): user_riscv64_d_ext_entry & user_riscv64_d_ext_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): user_riscv64_d_ext_entry;
    static toObject(message: user_riscv64_d_ext_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace user_riscv64_d_ext_entry {
    interface $Properties {
        f?: ((number|Long)[]|null);
        fcsr: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = user_riscv64_d_ext_entry.$Properties;
}

export interface Ithread_info_riscv64 extends thread_info_riscv64.$Properties {
}

export class thread_info_riscv64 {
    constructor(properties?: thread_info_riscv64.$Properties);
    $unknowns?: Uint8Array[];
    clear_tid_addr: (number|Long);
    tls: (number|Long);
    gpregs: user_riscv64_regs_entry.$Properties;
    fpsimd: user_riscv64_d_ext_entry.$Properties;
    static create(properties: thread_info_riscv64.$Shape): thread_info_riscv64 & thread_info_riscv64.$Shape;
    static create(properties?: thread_info_riscv64.$Properties): thread_info_riscv64;
    static encode(message: thread_info_riscv64.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: thread_info_riscv64.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thread_info_riscv64 & thread_info_riscv64.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thread_info_riscv64 & thread_info_riscv64.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): thread_info_riscv64;
    static toObject(message: thread_info_riscv64, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace thread_info_riscv64 {
    interface $Properties {
        clear_tid_addr: (number|Long);
        tls: (number|Long);
        gpregs: user_riscv64_regs_entry.$Properties;
        fpsimd: user_riscv64_d_ext_entry.$Properties;
        $unknowns?: Uint8Array[];
    }
    type $Shape = thread_info_riscv64.$Properties;
}

export interface Iipc_var_entry extends ipc_var_entry.$Properties {
}

export class ipc_var_entry {
    constructor(properties?: ipc_var_entry.$Properties);
    $unknowns?: Uint8Array[];
    sem_ctls: number[];
    msg_ctlmax: number;
    msg_ctlmnb: number;
    msg_ctlmni: number;
    auto_msgmni: number;
    shm_ctlmax: (number|Long);
    shm_ctlall: (number|Long);
    shm_ctlmni: number;
    shm_rmid_forced: number;
    mq_queues_max: number;
    mq_msg_max: number;
    mq_msgsize_max: number;
    mq_msg_default: number;
    mq_msgsize_default: number;
    msg_next_id: number;
    sem_next_id: number;
    shm_next_id: number;
    static create(properties: ipc_var_entry.$Shape): ipc_var_entry & ipc_var_entry.$Shape;
    static create(properties?: ipc_var_entry.$Properties): ipc_var_entry;
    static encode(message: ipc_var_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: ipc_var_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ipc_var_entry & ipc_var_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ipc_var_entry & ipc_var_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): ipc_var_entry;
    static toObject(message: ipc_var_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace ipc_var_entry {
    interface $Properties {
        sem_ctls?: (number[]|null);
        msg_ctlmax: number;
        msg_ctlmnb: number;
        msg_ctlmni: number;
        auto_msgmni: number;
        shm_ctlmax: (number|Long);
        shm_ctlall: (number|Long);
        shm_ctlmni: number;
        shm_rmid_forced: number;
        mq_queues_max: number;
        mq_msg_max: number;
        mq_msgsize_max: number;
        mq_msg_default?: (number|null);
        mq_msgsize_default?: (number|null);
        msg_next_id?: (number|null);
        sem_next_id?: (number|null);
        shm_next_id?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = ipc_var_entry.$Properties;
}

export interface Iipc_desc_entry extends ipc_desc_entry.$Properties {
}

export class ipc_desc_entry {
    constructor(properties?: ipc_desc_entry.$Properties);
    $unknowns?: Uint8Array[];
    key: number;
    uid: number;
    gid: number;
    cuid: number;
    cgid: number;
    mode: number;
    id: number;
    static create(properties: ipc_desc_entry.$Shape): ipc_desc_entry & ipc_desc_entry.$Shape;
    static create(properties?: ipc_desc_entry.$Properties): ipc_desc_entry;
    static encode(message: ipc_desc_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: ipc_desc_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ipc_desc_entry & ipc_desc_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ipc_desc_entry & ipc_desc_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): ipc_desc_entry;
    static toObject(message: ipc_desc_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace ipc_desc_entry {
    interface $Properties {
        key: number;
        uid: number;
        gid: number;
        cuid: number;
        cgid: number;
        mode: number;
        id: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = ipc_desc_entry.$Properties;
}

export interface Iipc_shm_entry extends ipc_shm_entry.$Properties {
}

export class ipc_shm_entry {
    constructor(properties?: ipc_shm_entry.$Properties);
    $unknowns?: Uint8Array[];
    desc: ipc_desc_entry.$Properties;
    size: (number|Long);
    in_pagemaps: boolean;
    hugetlb_flag: number;
    static create(properties: ipc_shm_entry.$Shape): ipc_shm_entry & ipc_shm_entry.$Shape;
    static create(properties?: ipc_shm_entry.$Properties): ipc_shm_entry;
    static encode(message: ipc_shm_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: ipc_shm_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ipc_shm_entry & ipc_shm_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ipc_shm_entry & ipc_shm_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): ipc_shm_entry;
    static toObject(message: ipc_shm_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace ipc_shm_entry {
    interface $Properties {
        desc: ipc_desc_entry.$Properties;
        size: (number|Long);
        in_pagemaps?: (boolean|null);
        hugetlb_flag?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = ipc_shm_entry.$Properties;
}

export interface Iipc_msg extends ipc_msg.$Properties {
}

export class ipc_msg {
    constructor(properties?: ipc_msg.$Properties);
    $unknowns?: Uint8Array[];
    mtype: (number|Long);
    msize: number;
    static create(properties: ipc_msg.$Shape): ipc_msg & ipc_msg.$Shape;
    static create(properties?: ipc_msg.$Properties): ipc_msg;
    static encode(message: ipc_msg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: ipc_msg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ipc_msg & ipc_msg.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ipc_msg & ipc_msg.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): ipc_msg;
    static toObject(message: ipc_msg, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace ipc_msg {
    interface $Properties {
        mtype: (number|Long);
        msize: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = ipc_msg.$Properties;
}

export interface Iipc_msg_entry extends ipc_msg_entry.$Properties {
}

export class ipc_msg_entry {
    constructor(properties?: ipc_msg_entry.$Properties);
    $unknowns?: Uint8Array[];
    desc: ipc_desc_entry.$Properties;
    qbytes: number;
    qnum: number;
    static create(properties: ipc_msg_entry.$Shape): ipc_msg_entry & ipc_msg_entry.$Shape;
    static create(properties?: ipc_msg_entry.$Properties): ipc_msg_entry;
    static encode(message: ipc_msg_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: ipc_msg_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ipc_msg_entry & ipc_msg_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ipc_msg_entry & ipc_msg_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): ipc_msg_entry;
    static toObject(message: ipc_msg_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace ipc_msg_entry {
    interface $Properties {
        desc: ipc_desc_entry.$Properties;
        qbytes: number;
        qnum: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = ipc_msg_entry.$Properties;
}

export interface Iipc_sem_entry extends ipc_sem_entry.$Properties {
}

export class ipc_sem_entry {
    constructor(properties?: ipc_sem_entry.$Properties);
    $unknowns?: Uint8Array[];
    desc: ipc_desc_entry.$Properties;
    nsems: number;
    static create(properties: ipc_sem_entry.$Shape): ipc_sem_entry & ipc_sem_entry.$Shape;
    static create(properties?: ipc_sem_entry.$Properties): ipc_sem_entry;
    static encode(message: ipc_sem_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: ipc_sem_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ipc_sem_entry & ipc_sem_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ipc_sem_entry & ipc_sem_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): ipc_sem_entry;
    static toObject(message: ipc_sem_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace ipc_sem_entry {
    interface $Properties {
        desc: ipc_desc_entry.$Properties;
        nsems: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = ipc_sem_entry.$Properties;
}

export interface Ivma_entry extends vma_entry.$Properties {
}

export class vma_entry {
    constructor(properties?: vma_entry.$Properties);
    $unknowns?: Uint8Array[];
    start: (number|Long);
    end: (number|Long);
    pgoff: (number|Long);
    shmid: (number|Long);
    prot: number;
    flags: number;
    status: number;
    fd: (number|Long);
    madv: (number|Long);
    fdflags: number;
    static create(properties: vma_entry.$Shape): vma_entry & vma_entry.$Shape;
    static create(properties?: vma_entry.$Properties): vma_entry;
    static encode(message: vma_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: vma_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vma_entry & vma_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): vma_entry & vma_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): vma_entry;
    static toObject(message: vma_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace vma_entry {
    interface $Properties {
        start: (number|Long);
        end: (number|Long);
        pgoff: (number|Long);
        shmid: (number|Long);
        prot: number;
        flags: number;
        status: number;
        fd: (number|Long);
        madv?: (number|Long|null);
        fdflags?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = vma_entry.$Properties;
}

export interface Iaio_ring_entry extends aio_ring_entry.$Properties {
}

export class aio_ring_entry {
    constructor(properties?: aio_ring_entry.$Properties);
    $unknowns?: Uint8Array[];
    id: (number|Long);
    nr_req: number;
    ring_len: number;
    static create(properties: aio_ring_entry.$Shape): aio_ring_entry & aio_ring_entry.$Shape;
    static create(properties?: aio_ring_entry.$Properties): aio_ring_entry;
    static encode(message: aio_ring_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: aio_ring_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aio_ring_entry & aio_ring_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): aio_ring_entry & aio_ring_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): aio_ring_entry;
    static toObject(message: aio_ring_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace aio_ring_entry {
    interface $Properties {
        id: (number|Long);
        nr_req: number;
        ring_len: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = aio_ring_entry.$Properties;
}

export interface Imm_entry extends mm_entry.$Properties {
}

export class mm_entry {
    constructor(properties?: mm_entry.$Properties);
    $unknowns?: Uint8Array[];
    mm_start_code: (number|Long);
    mm_end_code: (number|Long);
    mm_start_data: (number|Long);
    mm_end_data: (number|Long);
    mm_start_stack: (number|Long);
    mm_start_brk: (number|Long);
    mm_brk: (number|Long);
    mm_arg_start: (number|Long);
    mm_arg_end: (number|Long);
    mm_env_start: (number|Long);
    mm_env_end: (number|Long);
    exe_file_id: number;
    mm_saved_auxv: (number|Long)[];
    vmas: vma_entry.$Properties[];
    dumpable: number;
    aios: aio_ring_entry.$Properties[];
    thp_disabled: boolean;
    static create(properties: mm_entry.$Shape): mm_entry & mm_entry.$Shape;
    static create(properties?: mm_entry.$Properties): mm_entry;
    static encode(message: mm_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: mm_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mm_entry & mm_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mm_entry & mm_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): mm_entry;
    static toObject(message: mm_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace mm_entry {
    interface $Properties {
        mm_start_code: (number|Long);
        mm_end_code: (number|Long);
        mm_start_data: (number|Long);
        mm_end_data: (number|Long);
        mm_start_stack: (number|Long);
        mm_start_brk: (number|Long);
        mm_brk: (number|Long);
        mm_arg_start: (number|Long);
        mm_arg_end: (number|Long);
        mm_env_start: (number|Long);
        mm_env_end: (number|Long);
        exe_file_id: number;
        mm_saved_auxv?: ((number|Long)[]|null);
        vmas?: (vma_entry.$Properties[]|null);
        dumpable?: (number|null);
        aios?: (aio_ring_entry.$Properties[]|null);
        thp_disabled?: (boolean|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = mm_entry.$Properties;
}

export interface Ipagemap_head extends pagemap_head.$Properties {
}

export class pagemap_head {
    constructor(properties?: pagemap_head.$Properties);
    $unknowns?: Uint8Array[];
    pages_id: number;
    static create(properties: pagemap_head.$Shape): pagemap_head & pagemap_head.$Shape;
    static create(properties?: pagemap_head.$Properties): pagemap_head;
    static encode(message: pagemap_head.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: pagemap_head.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): pagemap_head & pagemap_head.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pagemap_head & pagemap_head.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): pagemap_head;
    static toObject(message: pagemap_head, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace pagemap_head {
    interface $Properties {
        pages_id: number;
        $unknowns?: Uint8Array[];
    }
    type $Shape = pagemap_head.$Properties;
}

export interface Ipagemap_entry extends pagemap_entry.$Properties {
}

export class pagemap_entry {
    constructor(properties?: pagemap_entry.$Properties);
    $unknowns?: Uint8Array[];
    vaddr: (number|Long);
    compat_nr_pages: number;
    in_parent: boolean;
    flags: number;
    nr_pages: (number|Long);
    static create(properties: pagemap_entry.$Shape): pagemap_entry & pagemap_entry.$Shape;
    static create(properties?: pagemap_entry.$Properties): pagemap_entry;
    static encode(message: pagemap_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: pagemap_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): pagemap_entry & pagemap_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): pagemap_entry & pagemap_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): pagemap_entry;
    static toObject(message: pagemap_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace pagemap_entry {
    interface $Properties {
        vaddr: (number|Long);
        compat_nr_pages: number;
        in_parent?: (boolean|null);
        flags?: (number|null);
        nr_pages?: (number|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = pagemap_entry.$Properties;
}

export interface Idump_stats_entry extends dump_stats_entry.$Properties {
}

export class dump_stats_entry {
    constructor(properties?: dump_stats_entry.$Properties);
    $unknowns?: Uint8Array[];
    freezing_time: number;
    frozen_time: number;
    memdump_time: number;
    memwrite_time: number;
    pages_scanned: (number|Long);
    pages_skipped_parent: (number|Long);
    pages_written: (number|Long);
    irmap_resolve: number;
    pages_lazy: (number|Long);
    page_pipes: (number|Long);
    page_pipe_bufs: (number|Long);
    shpages_scanned: (number|Long);
    shpages_skipped_parent: (number|Long);
    shpages_written: (number|Long);
    static create(properties: dump_stats_entry.$Shape): dump_stats_entry & dump_stats_entry.$Shape;
    static create(properties?: dump_stats_entry.$Properties): dump_stats_entry;
    static encode(message: dump_stats_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: dump_stats_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): dump_stats_entry & dump_stats_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): dump_stats_entry & dump_stats_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): dump_stats_entry;
    static toObject(message: dump_stats_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace dump_stats_entry {
    interface $Properties {
        freezing_time: number;
        frozen_time: number;
        memdump_time: number;
        memwrite_time: number;
        pages_scanned: (number|Long);
        pages_skipped_parent: (number|Long);
        pages_written: (number|Long);
        irmap_resolve?: (number|null);
        pages_lazy: (number|Long);
        page_pipes?: (number|Long|null);
        page_pipe_bufs?: (number|Long|null);
        shpages_scanned?: (number|Long|null);
        shpages_skipped_parent?: (number|Long|null);
        shpages_written?: (number|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = dump_stats_entry.$Properties;
}

export interface Irestore_stats_entry extends restore_stats_entry.$Properties {
}

export class restore_stats_entry {
    constructor(properties?: restore_stats_entry.$Properties);
    $unknowns?: Uint8Array[];
    pages_compared: (number|Long);
    pages_skipped_cow: (number|Long);
    forking_time: number;
    restore_time: number;
    pages_restored: (number|Long);
    static create(properties: restore_stats_entry.$Shape): restore_stats_entry & restore_stats_entry.$Shape;
    static create(properties?: restore_stats_entry.$Properties): restore_stats_entry;
    static encode(message: restore_stats_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: restore_stats_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): restore_stats_entry & restore_stats_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): restore_stats_entry & restore_stats_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): restore_stats_entry;
    static toObject(message: restore_stats_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace restore_stats_entry {
    interface $Properties {
        pages_compared: (number|Long);
        pages_skipped_cow: (number|Long);
        forking_time: number;
        restore_time: number;
        pages_restored?: (number|Long|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = restore_stats_entry.$Properties;
}

export interface Istats_entry extends stats_entry.$Properties {
}

export class stats_entry {
    constructor(properties?: stats_entry.$Properties);
    $unknowns?: Uint8Array[];
    dump?: (dump_stats_entry.$Properties|null);
    restore?: (restore_stats_entry.$Properties|null);
    static create(properties: stats_entry.$Shape): stats_entry & stats_entry.$Shape;
    static create(properties?: stats_entry.$Properties): stats_entry;
    static encode(message: stats_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: stats_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stats_entry & stats_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): stats_entry & stats_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): stats_entry;
    static toObject(message: stats_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace stats_entry {
    interface $Properties {
        dump?: (dump_stats_entry.$Properties|null);
        restore?: (restore_stats_entry.$Properties|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = stats_entry.$Properties;
}

export interface Iirmap_cache_entry extends irmap_cache_entry.$Properties {
}

export class irmap_cache_entry {
    constructor(properties?: irmap_cache_entry.$Properties);
    $unknowns?: Uint8Array[];
    dev: number;
    inode: (number|Long);
    path: string;
    static create(properties: irmap_cache_entry.$Shape): irmap_cache_entry & irmap_cache_entry.$Shape;
    static create(properties?: irmap_cache_entry.$Properties): irmap_cache_entry;
    static encode(message: irmap_cache_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: irmap_cache_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): irmap_cache_entry & irmap_cache_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): irmap_cache_entry & irmap_cache_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): irmap_cache_entry;
    static toObject(message: irmap_cache_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace irmap_cache_entry {
    interface $Properties {
        dev: number;
        inode: (number|Long);
        path: string;
        $unknowns?: Uint8Array[];
    }
    type $Shape = irmap_cache_entry.$Properties;
}

export interface Icpuinfo_x86_entry extends cpuinfo_x86_entry.$Properties {
}

export class cpuinfo_x86_entry {
    constructor(properties?: cpuinfo_x86_entry.$Properties);
    $unknowns?: Uint8Array[];
    vendor_id: cpuinfo_x86_entry.vendor;
    cpu_family: number;
    model: number;
    stepping: number;
    capability_ver: number;
    capability: number[];
    model_id: string;
    xfeatures_mask: (number|Long);
    xsave_size: number;
    xsave_size_max: number;
    static create(properties: cpuinfo_x86_entry.$Shape): cpuinfo_x86_entry & cpuinfo_x86_entry.$Shape;
    static create(properties?: cpuinfo_x86_entry.$Properties): cpuinfo_x86_entry;
    static encode(message: cpuinfo_x86_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: cpuinfo_x86_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cpuinfo_x86_entry & cpuinfo_x86_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cpuinfo_x86_entry & cpuinfo_x86_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): cpuinfo_x86_entry;
    static toObject(message: cpuinfo_x86_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace cpuinfo_x86_entry {
    interface $Properties {
        vendor_id: cpuinfo_x86_entry.vendor;
        cpu_family: number;
        model: number;
        stepping: number;
        capability_ver: number;
        capability?: (number[]|null);
        model_id?: (string|null);
        xfeatures_mask?: (number|Long|null);
        xsave_size?: (number|null);
        xsave_size_max?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = cpuinfo_x86_entry.$Properties;

    enum vendor {
        UNKNOWN = 0,
        INTEL = 1,
        AMD = 2
    }
}

export interface Icpuinfo_ppc64_entry extends cpuinfo_ppc64_entry.$Properties {
}

export class cpuinfo_ppc64_entry {
    constructor(properties?: cpuinfo_ppc64_entry.$Properties);
    $unknowns?: Uint8Array[];
    endian: cpuinfo_ppc64_entry.endianness;
    hwcap: (number|Long)[];
    static create(properties: cpuinfo_ppc64_entry.$Shape): cpuinfo_ppc64_entry & cpuinfo_ppc64_entry.$Shape;
    static create(properties?: cpuinfo_ppc64_entry.$Properties): cpuinfo_ppc64_entry;
    static encode(message: cpuinfo_ppc64_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: cpuinfo_ppc64_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cpuinfo_ppc64_entry & cpuinfo_ppc64_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cpuinfo_ppc64_entry & cpuinfo_ppc64_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): cpuinfo_ppc64_entry;
    static toObject(message: cpuinfo_ppc64_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace cpuinfo_ppc64_entry {
    interface $Properties {
        endian: cpuinfo_ppc64_entry.endianness;
        hwcap?: ((number|Long)[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = cpuinfo_ppc64_entry.$Properties;

    enum endianness {
        BIGENDIAN = 0,
        LITTLEENDIAN = 1
    }
}

export interface Icpuinfo_s390_entry extends cpuinfo_s390_entry.$Properties {
}

export class cpuinfo_s390_entry {
    constructor(properties?: cpuinfo_s390_entry.$Properties);
    $unknowns?: Uint8Array[];
    hwcap: (number|Long)[];
    static create(properties: cpuinfo_s390_entry.$Shape): cpuinfo_s390_entry & cpuinfo_s390_entry.$Shape;
    static create(properties?: cpuinfo_s390_entry.$Properties): cpuinfo_s390_entry;
    static encode(message: cpuinfo_s390_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: cpuinfo_s390_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cpuinfo_s390_entry & cpuinfo_s390_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cpuinfo_s390_entry & cpuinfo_s390_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): cpuinfo_s390_entry;
    static toObject(message: cpuinfo_s390_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace cpuinfo_s390_entry {
    interface $Properties {
        hwcap?: ((number|Long)[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = cpuinfo_s390_entry.$Properties;
}

export interface Icpuinfo_entry extends cpuinfo_entry.$Properties {
}

export class cpuinfo_entry {
    constructor(properties?: cpuinfo_entry.$Properties);
    $unknowns?: Uint8Array[];
    x86_entry: cpuinfo_x86_entry.$Properties[];
    ppc64_entry: cpuinfo_ppc64_entry.$Properties[];
    s390_entry: cpuinfo_s390_entry.$Properties[];
    static create(properties: cpuinfo_entry.$Shape): cpuinfo_entry & cpuinfo_entry.$Shape;
    static create(properties?: cpuinfo_entry.$Properties): cpuinfo_entry;
    static encode(message: cpuinfo_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: cpuinfo_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cpuinfo_entry & cpuinfo_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): cpuinfo_entry & cpuinfo_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): cpuinfo_entry;
    static toObject(message: cpuinfo_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace cpuinfo_entry {
    interface $Properties {
        x86_entry?: (cpuinfo_x86_entry.$Properties[]|null);
        ppc64_entry?: (cpuinfo_ppc64_entry.$Properties[]|null);
        s390_entry?: (cpuinfo_s390_entry.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = cpuinfo_entry.$Properties;
}

export interface Iautofs_entry extends autofs_entry.$Properties {
}

export class autofs_entry {
    constructor(properties?: autofs_entry.$Properties);
    $unknowns?: Uint8Array[];
    fd: number;
    pgrp: number;
    timeout: number;
    minproto: number;
    maxproto: number;
    mode: number;
    uid: number;
    gid: number;
    read_fd: number;
    static create(properties: autofs_entry.$Shape): autofs_entry & autofs_entry.$Shape;
    static create(properties?: autofs_entry.$Properties): autofs_entry;
    static encode(message: autofs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: autofs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): autofs_entry & autofs_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): autofs_entry & autofs_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): autofs_entry;
    static toObject(message: autofs_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace autofs_entry {
    interface $Properties {
        fd: number;
        pgrp: number;
        timeout: number;
        minproto: number;
        maxproto: number;
        mode: number;
        uid?: (number|null);
        gid?: (number|null);
        read_fd?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = autofs_entry.$Properties;
}

export interface Ibinfmt_misc_entry extends binfmt_misc_entry.$Properties {
}

export class binfmt_misc_entry {
    constructor(properties?: binfmt_misc_entry.$Properties);
    $unknowns?: Uint8Array[];
    name: string;
    enabled: boolean;
    interpreter: string;
    flags: string;
    extension: string;
    magic: string;
    mask: string;
    offset: number;
    static create(properties: binfmt_misc_entry.$Shape): binfmt_misc_entry & binfmt_misc_entry.$Shape;
    static create(properties?: binfmt_misc_entry.$Properties): binfmt_misc_entry;
    static encode(message: binfmt_misc_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: binfmt_misc_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): binfmt_misc_entry & binfmt_misc_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): binfmt_misc_entry & binfmt_misc_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): binfmt_misc_entry;
    static toObject(message: binfmt_misc_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace binfmt_misc_entry {
    interface $Properties {
        name: string;
        enabled: boolean;
        interpreter: string;
        flags?: (string|null);
        extension?: (string|null);
        magic?: (string|null);
        mask?: (string|null);
        offset?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = binfmt_misc_entry.$Properties;
}

export interface Iseccomp_filter extends seccomp_filter.$Properties {
}

export class seccomp_filter {
    constructor(properties?: seccomp_filter.$Properties);
    $unknowns?: Uint8Array[];
    filter: Uint8Array;
    prev: number;
    flags: number;
    static create(properties: seccomp_filter.$Shape): seccomp_filter & seccomp_filter.$Shape;
    static create(properties?: seccomp_filter.$Properties): seccomp_filter;
    static encode(message: seccomp_filter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: seccomp_filter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seccomp_filter & seccomp_filter.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seccomp_filter & seccomp_filter.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): seccomp_filter;
    static toObject(message: seccomp_filter, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace seccomp_filter {
    interface $Properties {
        filter: Uint8Array;
        prev?: (number|null);
        flags?: (number|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = seccomp_filter.$Properties;
}

export interface Iseccomp_entry extends seccomp_entry.$Properties {
}

export class seccomp_entry {
    constructor(properties?: seccomp_entry.$Properties);
    $unknowns?: Uint8Array[];
    seccomp_filters: seccomp_filter.$Properties[];
    static create(properties: seccomp_entry.$Shape): seccomp_entry & seccomp_entry.$Shape;
    static create(properties?: seccomp_entry.$Properties): seccomp_entry;
    static encode(message: seccomp_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: seccomp_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seccomp_entry & seccomp_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seccomp_entry & seccomp_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): seccomp_entry;
    static toObject(message: seccomp_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace seccomp_entry {
    interface $Properties {
        seccomp_filters?: (seccomp_filter.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = seccomp_entry.$Properties;
}

export interface Iaa_policy extends aa_policy.$Properties {
}

export class aa_policy {
    constructor(properties?: aa_policy.$Properties);
    $unknowns?: Uint8Array[];
    name: string;
    blob: Uint8Array;
    static create(properties: aa_policy.$Shape): aa_policy & aa_policy.$Shape;
    static create(properties?: aa_policy.$Properties): aa_policy;
    static encode(message: aa_policy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: aa_policy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aa_policy & aa_policy.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): aa_policy & aa_policy.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): aa_policy;
    static toObject(message: aa_policy, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace aa_policy {
    interface $Properties {
        name: string;
        blob: Uint8Array;
        $unknowns?: Uint8Array[];
    }
    type $Shape = aa_policy.$Properties;
}

export interface Iaa_namespace extends aa_namespace.$Properties {
}

export class aa_namespace {
    constructor(properties?: aa_namespace.$Properties);
    $unknowns?: Uint8Array[];
    name: string;
    policies: aa_policy.$Properties[];
    namespaces: aa_namespace.$Properties[];
    static create(properties: aa_namespace.$Shape): aa_namespace & aa_namespace.$Shape;
    static create(properties?: aa_namespace.$Properties): aa_namespace;
    static encode(message: aa_namespace.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: aa_namespace.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aa_namespace & aa_namespace.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): aa_namespace & aa_namespace.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): aa_namespace;
    static toObject(message: aa_namespace, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace aa_namespace {
    interface $Properties {
        name: string;
        policies?: (aa_policy.$Properties[]|null);
        namespaces?: (aa_namespace.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = aa_namespace.$Properties;
}

export interface Iapparmor_entry extends apparmor_entry.$Properties {
}

export class apparmor_entry {
    constructor(properties?: apparmor_entry.$Properties);
    $unknowns?: Uint8Array[];
    namespaces: aa_namespace.$Properties[];
    static create(properties: apparmor_entry.$Shape): apparmor_entry & apparmor_entry.$Shape;
    static create(properties?: apparmor_entry.$Properties): apparmor_entry;
    static encode(message: apparmor_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static encodeDelimited(message: apparmor_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): apparmor_entry & apparmor_entry.$Shape;
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): apparmor_entry & apparmor_entry.$Shape;
    static verify(message: { [k: string]: any }): (string|null);
    static fromObject(object: { [k: string]: any }): apparmor_entry;
    static toObject(message: apparmor_entry, options?: $protobuf.IConversionOptions): { [k: string]: any };
    toJSON(): { [k: string]: any };
}

export namespace apparmor_entry {
    interface $Properties {
        namespaces?: (aa_namespace.$Properties[]|null);
        $unknowns?: Uint8Array[];
    }
    type $Shape = apparmor_entry.$Properties;
}
