"""Command-line subcommands, one module per group; `cumuldesk.cli` wires them."""
