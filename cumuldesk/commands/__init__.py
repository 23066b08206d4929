"""Command-line subcommands, one module per group; `cumuldesk.cli` wires them and imports a
module only when its command runs (so this file imports nothing)."""
