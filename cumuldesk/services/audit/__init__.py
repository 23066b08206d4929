"""The audit trail's integrity: verifying the chain and signed checkpoints."""
