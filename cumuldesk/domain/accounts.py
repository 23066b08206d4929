"""What a handler's username may look like (a pure rule: no Qt, no database).

The username also names the handler's local cache file (`cumuldesk.paths.cache_file`), so
the rule keeps it to letters, digits, '.', '_', '@' and '-', at most 64 characters.
"""

from __future__ import annotations

import re

USERNAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
