"""The law data page: the values in force, proposals, approvals and rejections."""
