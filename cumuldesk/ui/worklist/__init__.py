"""The work list: the cases of the handler's team, filtered, searched, sorted and exported."""
