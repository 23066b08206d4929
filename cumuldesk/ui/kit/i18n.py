"""The interface language: Dutch (the default), French or German, chosen by the handler
(File > Preferences) or following the system; installed before the first window.

Source texts are English (`self.tr("...")`, `QCoreApplication.translate(...)`, and
`QT_TRANSLATE_NOOP` in the Qt-free layers, see `cumuldesk.domain.texts`). `pyside6-lupdate`
extracts them into `resources/i18n/cumuldesk_<language>.ts`, translators fill those in
(Qt Linguist or a text editor), `pyside6-lrelease` compiles them to `.qm` files shipped in
the package: `scripts/translations.py` does both, and
`tests/ui/test_translations.py` fails when a text has no translation in a shipped
language or a `.qm` file is older than its `.ts`.

Qt's own texts (standard buttons, the file dialog) come from Qt's `qtbase_<language>.qm`.
Dates and amounts follow the language the Belgian way (`cumuldesk.ui.kit.formatting`).
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cumuldesk.domain.texts import Message
from cumuldesk.ui.kit import formatting

# the languages a handler can choose, in their own words (never translated)
LANGUAGES: dict[str, str] = {"nl": "Nederlands", "fr": "Français", "de": "Deutsch"}
DEFAULT_LANGUAGE = "nl"
SYSTEM = "system"  # the preference "follow the system"
SOURCE_LANGUAGE = "en"  # the texts as written in the code (for developers and screenshots)
_QT_LOCALES = {
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium),
    "fr": QLocale(QLocale.Language.French, QLocale.Country.Belgium),
    "de": QLocale(QLocale.Language.German, QLocale.Country.Belgium),
    "en": QLocale(QLocale.Language.English, QLocale.Country.Belgium),
}

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def translation_file(language: str, suffix: str = "qm") -> Path:
    """`resources/i18n/cumuldesk_<language>.<suffix>` (a path on disk)."""
    resource = files("cumuldesk.resources").joinpath("i18n", f"cumuldesk_{language}.{suffix}")
    with as_file(resource) as path:  # a real file in every install (editable, wheel, bundle)
        return Path(path)


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's interface languages CumulDesk speaks; Dutch otherwise."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def resolve(preference: str | None, locale: QLocale | None = None) -> str:
    """The language to use for a preference ("nl", "fr", "de", "system" or unset)."""
    if preference in LANGUAGES or preference == SOURCE_LANGUAGE:
        return str(preference)
    return system_language(locale)


def _remove_translators(app: QCoreApplication) -> None:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def install_translators(app: QCoreApplication, language: str) -> None:
    """Make `language` the interface language: CumulDesk's and Qt's own translations,
    the default QLocale (Belgian variant) and the formatting of dates and amounts.
    Installing again replaces the previous language (windows already open keep the texts
    they set; the preferences say a change applies at the next start)."""
    global _current
    if language not in LANGUAGES and language != SOURCE_LANGUAGE:
        raise ValueError(f"unknown interface language {language!r}")
    _remove_translators(app)
    if language != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if not ours.load(str(translation_file(language))):
            raise FileNotFoundError(f"the {language} translation of CumulDesk is missing")
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{language}", qt_folder):
            _installed.append(qt_own)
        _installed.append(ours)
        for translator in _installed:
            app.installTranslator(translator)
    QLocale.setDefault(_QT_LOCALES[language])
    formatting.set_language(language)
    _current = language


def current_language() -> str:
    return _current


def reset(app: QCoreApplication) -> None:
    """Back to the start: no translation installed (the English source texts), Dutch
    formatting. Tests call it after a test that started the application."""
    global _current
    _remove_translators(app)
    formatting.set_language(DEFAULT_LANGUAGE)
    _current = DEFAULT_LANGUAGE


def translated(message: Message | str) -> str:
    """A text from the Qt-free layers in the interface language (a plain string is shown
    as it is: data, or a text that has no marked template)."""
    if isinstance(message, str):
        return message
    text = QCoreApplication.translate(message.context, message.text)
    return text.format(**message.values) if message.values else text
