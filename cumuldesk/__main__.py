from __future__ import annotations

from cumuldesk.cli import main

raise SystemExit(main())
