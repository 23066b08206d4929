"""Marking texts for translation in the Qt-free layers.

The domain, storage and services layers never import Qt, yet some of their texts reach
the handler's screen (what is wrong with a typed INSZ, why a simulation month counts,
the verdict). They are written in English with `QT_TRANSLATE_NOOP("Context", "text")`:
this returns the text unchanged, and `pyside6-lupdate` (which only reads the source)
puts it in the translation files under that context. The desktop translates it when it
shows it: `cumuldesk.ui.kit.i18n.translated(message)` or
`QCoreApplication.translate(context, text)`.

A text with values keeps them as `{name}` fields, filled after translation
(`Message.text.format(**values)`), so the translator moves them where the language
wants them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """`text`, unchanged: only marks it for `pyside6-lupdate` under `context`."""
    del context
    return text


@dataclass(frozen=True)
class Message:
    """A text for the handler: a marked template (`QT_TRANSLATE_NOOP(context, text)`) and
    the values for its `{fields}`. `str(message)` is the English text."""

    context: str
    text: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.text.format(**self.values) if self.values else self.text


RULES = "DomainRules"  # the context of the domain's validation messages


class Invalid(ValueError):
    """A value the rules refuse (a ValueError). `str(exc)` is the English text (the
    command line, the log: unchanged); `exc.text` is the marked Message the window shows
    in its language (`ui.kit.i18n.translated(exc.text)`). `template` is marked where it
    is written: `Invalid(QT_TRANSLATE_NOOP("DomainRules", "..."), name=value)`."""

    def __init__(self, template: str, **values: Any) -> None:
        message = Message(RULES, template, values)
        super().__init__(str(message))
        self.text = message
