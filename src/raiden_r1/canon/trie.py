"""A regular-expression alternation built as a trie, for word lists matched at every position of a
text (number words, cue lists, names): the number words here in canon and the reward's cue readers
build their patterns with it."""

from __future__ import annotations

import re


def trie_pattern(words) -> str:
    """A regex alternation of ``words`` shaped as a trie ("t(?:en|h(?:ree|irty)|wo)"): Python's
    engine tries the branches of a plain alternation one by one at every position, a trie once."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return emit(tree)
