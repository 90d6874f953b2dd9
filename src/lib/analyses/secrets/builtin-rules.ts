/**
 * The built-in secret rules, as data in gitleaks' TOML format (the same parser reads a user's
 * `--rules` file). Fields used: id, description, regex, keywords, secretGroup, entropy, tags,
 * [rules.allowlist] regexes/stopwords. Tags carry what gitleaks has no field for:
 * `confidence:high|medium|low`, `check:jwt` (the header must decode to JSON with an `alg`),
 * `window:N` (the longest match, in bytes, the memory scan must see around a keyword: the
 * named-credential rule's name, separator and value fit in 400, and its regex is the costliest
 * per byte, so its windows are kept to that).
 * Regexes are written in the common subset of Go's RE2 and JavaScript.
 */
export const BUILTIN_RULES_TOML = String.raw`
title = "cc-analyser built-in secret rules"

[[rules]]
id = "aws-access-key-id"
description = "AWS access key id"
regex = '''\b((?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|APKA)[A-Z0-9]{16})\b'''
keywords = ["akia", "asia", "abia", "acca", "agpa", "aida", "aroa", "anpa", "anva", "apka"]
tags = ["aws", "confidence:high"]

[[rules]]
id = "aws-secret-access-key"
description = "AWS secret access key next to its name"
regex = '''(?i)aws_?(?:secret)?_?(?:access)?_?key["']?\s*[:=]\s*["']?([A-Za-z0-9/+=]{40})(?:[^A-Za-z0-9/+=]|$)'''
keywords = ["aws_secret", "secret_access_key", "awssecret"]
secretGroup = 1
entropy = 3.5
tags = ["aws", "confidence:high"]

[[rules]]
id = "private-key"
description = "PEM private key"
regex = '''-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\s\S]{64,16384}?-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----'''
keywords = ["-----begin"]
tags = ["key", "confidence:high", "window:20000"]

[[rules]]
id = "jwt"
description = "JSON Web Token (header decoded and checked)"
regex = '''\b(ey[A-Za-z0-9_-]{10,}\.ey[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})'''
keywords = ["eyj"]
tags = ["token", "check:jwt", "confidence:high"]

[[rules]]
id = "github-token"
description = "GitHub token (personal, OAuth, app, refresh)"
regex = '''\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36})\b'''
keywords = ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]
tags = ["github", "confidence:high"]

[[rules]]
id = "github-fine-grained-pat"
description = "GitHub fine-grained personal access token"
regex = '''\b(github_pat_[A-Za-z0-9_]{82})\b'''
keywords = ["github_pat_"]
tags = ["github", "confidence:high"]

[[rules]]
id = "gitlab-token"
description = "GitLab personal, project or group access token"
regex = '''\b(glpat-[A-Za-z0-9_-]{20})\b'''
keywords = ["glpat-"]
tags = ["gitlab", "confidence:high"]

[[rules]]
id = "slack-token"
description = "Slack bot, user, app or config token"
regex = '''\b(xox[baprse]-[0-9A-Za-z-]{10,250})'''
keywords = ["xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-", "xoxe-"]
tags = ["slack", "confidence:high"]

[[rules]]
id = "slack-webhook"
description = "Slack incoming webhook URL"
regex = '''(https://hooks\.slack\.com/services/[A-Za-z0-9+/]{40,60})'''
keywords = ["hooks.slack.com"]
tags = ["slack", "confidence:high"]

[[rules]]
id = "stripe-key"
description = "Stripe secret or restricted key"
regex = '''\b((?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{16,99})\b'''
keywords = ["sk_live_", "sk_test_", "sk_prod_", "rk_live_", "rk_test_", "rk_prod_"]
tags = ["stripe", "confidence:high"]

[[rules]]
id = "google-api-key"
description = "Google API key"
regex = '''\b(AIza[0-9A-Za-z_-]{35})(?:[^0-9A-Za-z_-]|$)'''
keywords = ["aiza"]
tags = ["google", "confidence:high"]

[[rules]]
id = "url-credentials"
description = "URL with a user name and password"
regex = '''\b[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\s:/@"'<>]{1,64}:([^\s:/@"'<>]{1,128})@[A-Za-z0-9.-]{1,253}'''
keywords = ["://"]
secretGroup = 1
tags = ["url", "confidence:high"]
[rules.allowlist]
stopwords = ["password", "pass", "passwd", "secret", "xxx", "xxxx", "****", "******"]

[[rules]]
id = "http-authorization"
description = "HTTP Authorization header"
regex = '''(?i)\bauthorization:[ \t]*(?:basic|bearer|token|digest)[ \t]+([A-Za-z0-9._~+/=:-]{8,2048})'''
keywords = ["authorization:"]
secretGroup = 1
tags = ["http", "confidence:high"]

[[rules]]
id = "named-credential"
description = "A name saying PASSWORD, SECRET, TOKEN, API_KEY or CREDENTIAL with a value (environment, argv, config)"
regex = '''(?i)(?:^|[^A-Za-z0-9_])([A-Za-z0-9_.-]{0,40}(?:password|passwd|secret|token|api[_-]?key|credential)[A-Za-z0-9_.-]{0,40})["']?[ \t]*[=:][ \t]*["']?([^\x00-\x20"'&;,<>{}()$%\\\x7f]{4,256})'''
keywords = ["password", "passwd", "secret", "token", "api_key", "api-key", "apikey", "credential"]
secretGroup = 2
tags = ["generic", "confidence:medium", "window:400"]
[rules.allowlist]
regexes = ['''^(?i)(?:true|false|null|none|undefined|required|optional|string|changeme|example|xxxx+|\*+)$''']
`;
