"""Names that a page's layout says are names, whatever the dictionaries know of the words:
  - a form's value after its field («Имя ........ Эскендер», "Surname: Kovács", «По батькові:
    Решатович»), and the home names in brackets after it («(дома — Эскен)», «(удома — Іруся, Ірця)»);
  - the words opening a bracket right after a name found in the text: a nickname or another
    spelling ("Ruslan Zinchenko ("Rusik")", «Лиля Меметова (Лилие — так в паспорте)»,
    «Жанна Ковач (Zsanna Kovács за угорським паспортом)»);
  - a chat export's senders ("[12.03.24, 21:14] oksanka: …"), unless an ordinary word («Мама»);
  - a dispatch log's senders ("07:05  Bison  P/U …", in a testimony);
  - the cells of a table's call-sign or nickname column («| позивний |» … «| Шаман |»), and of
    a column headed by the name alone («| Ім'я |» … «| Роман |», in a testimony).
Places and ordinary words are left out («Олег Петренко (Харків)», "(see below)").
"""
from __future__ import annotations

import re

from ._tables import column_cells, may_hold_table
from ._windows import lowered
from .names_lexicon import lexicon, word_frequency
from .names_morph import analyse
from .names_translit import analyse_latin

_CAPITAL_WORD = r"[A-ZА-ЯІЇЄҐЁ][\w'’\-]*"
_FIELD = (r"(?:ім['’]я|имя|name|first\s+name|given\s+name|surname|last\s+name|family\s+name|прізвище|фамилия|"
          r"отчество|по\s+батькові|patronymic|піб|фио|full\s+name)")
_FORM_FIELD_RE = re.compile(
    rf"(?<![\w'’])(?i:{_FIELD})[ \t]*(?:[.…]{{2,}}|:|[—–]|\|)[ \t|]*(?P<value>{_CAPITAL_WORD}(?:[ \t]+{_CAPITAL_WORD}){{0,2}})")
# (a form laid out as a table: «| Имя | Надежда | Николай |», the field's cell, then the values)
_FORM_FIELD_TRIGGER_RE = re.compile(rf"{_FIELD}[ \t]*(?:[.…]{{2}}|:|[—–]|\|)")     # searched in the lowered text
_HEADER_ROW_END = re.compile(r"\n[ \t]*\|?[ \t]*:?-{3,}")
_NEXT_CELL_RE = re.compile(rf"[ \t]*\|[ \t]*(?P<value>{_CAPITAL_WORD}(?:[ \t]+{_CAPITAL_WORD}){{0,2}})[ \t]*(?=\|)")
# «(дома — Эскен)», «(удома — Іруся, Ірця)», "(at home: Sasha)"
_HOME_NAMES_RE = re.compile(r"\((?:дома|вдома|удома|at\s+home|дома\s+зовут|вдома\s+звуть)[ \t]*[—–:-][ \t]*"
                            rf"(?P<names>{_CAPITAL_WORD}(?:,[ \t]*{_CAPITAL_WORD})*)\)")
_BRACKET_OPEN_RE = re.compile(rf"[ \t]*\([ \t]*[\"«“]?(?P<words>{_CAPITAL_WORD}(?:[ \t]+{_CAPITAL_WORD})?)[\"»”]?")
_WORD_RE = re.compile(r"[\w'’\-]+")
_ENGLISH_WORD = 100         # seen this often in English subtitles: a word of English
_COMMON_IN_HEADERS = 5000   # "Born" (a surname too), "Notes", "Status"


def _ordinary(word: str, in_table: bool = False) -> bool:
    """A place or an ordinary word, not a name («Харків», "See", «Так»): a word the dictionaries
    know, with no reading as a name. A word they do not know («Эскен», "Rusik") may be one.
    `in_table`: the cell after a field's cell, which may be the next header ("| Name | Born |"):
    a common word of English is no name there even when some family bears it."""
    lex = lexicon()
    if word.isascii():
        info = analyse_latin(word)
        if word.lower() in lex.not_names_en or info.place:
            return True
        if in_table and word_frequency(word.lower(), "en") >= _COMMON_IN_HEADERS:
            return True
        return not info.any_name and (info.known or word_frequency(word.lower(), "en") >= _ENGLISH_WORD)
    info = analyse(word)
    if info.place or info.function or not info.lemmas.isdisjoint(lex.not_names_cyr):
        return True
    return info.known and not info.any_name and not _PATRONYMIC_ENDING.search(word)


# («Володимирівна»: a dictionary may know a patronymic only as a noun)
_PATRONYMIC_ENDING = re.compile(r"(?:ович|евич|євич|йович|івна|ївна|овна|евна|ична)$", re.IGNORECASE)


def _words(start: int, text: str) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in _WORD_RE.finditer(text)]


# «Надежда (фамилию не назвала)», "Oksana (surname not given)": a word the bracket after it
# says has a surname is a first name
_SURNAME_BRACKET_RE = re.compile(
    rf"(?P<name>{_CAPITAL_WORD})[ \t]*\((?:фамили|прізвищ|surname|last\s+name|family\s+name)[^()\n]{{0,40}}\)",
    re.IGNORECASE)
_SURNAME_WORD_TRIGGER = ("фамили", "прізвищ", "surname", "last name", "family name")
# «Олійник (онука)», "Ruslan (neighbour)": a word the bracket after it calls someone's relative
_KIN_BRACKET_RE = re.compile(rf"(?P<name>{_CAPITAL_WORD})[ \t]*\((?P<kin>[^\W\d_]+)\)")


def _kin_word(word: str) -> bool:
    lex, low = lexicon(), word.lower()
    return low in lex.titles_en if word.isascii() else low in lex.titles_cyr or not analyse(word).lemmas.isdisjoint(lex.titles_cyr)


# A contact card's name fields (vCard): "N:Пономарь;Вячеслав;;;" (family; given; other names) and
# "FN:Dima Bucha checkpoint" (the name as shown: its capitalised words first)
_VCARD_N_RE = re.compile(r"^[ \t]*N(?:;[^:\n]*)?:(?P<value>[^\n]+)$", re.MULTILINE)
_VCARD_FN_RE = re.compile(rf"^[ \t]*FN(?:;[^:\n]*)?:[ \t]*(?P<value>{_CAPITAL_WORD}(?:[ \t]+{_CAPITAL_WORD}){{0,2}})",
                          re.MULTILINE)
_VCARD_PART_RE = re.compile(rf"{_CAPITAL_WORD}(?:[ \t]+{_CAPITAL_WORD})*")


def vcard_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of the names in a contact card's N and FN lines: their words up to a place or
    an ordinary word ("Dima Bucha checkpoint": Dima), and not a kin word alone ("FN:Mama")."""
    if "N:" not in text and "N;" not in text:
        return []
    values = [m.span("value") for m in _VCARD_FN_RE.finditer(text)]
    for m in _VCARD_N_RE.finditer(text):
        values += [p.span() for p in _VCARD_PART_RE.finditer(text, m.start("value"), m.end("value"))]
    found = []
    for start, end in values:
        words = _words(start, text[start:end])
        kept = []
        for a, b in words:
            if _ordinary(text[a:b]) or person_word(text[a:b]):
                break
            kept.append((a, b))
        if kept:
            found.append((kept[0][0], kept[-1][1]))
    return found


# A letter's salutation: "My dear Solia,", "Dearest Vasia!", «Дорога Соле,», «Милая Соля!»: the word
# after it (and before the comma or the exclamation mark) is the person written to
_SALUTATION_RE = re.compile(
    r"(?:^|(?<=\n))[>*_ \t]*(?:(?:[Mm]y|[Оо]ur)[ \t]+)?(?:[Dd]ear(?:est)?|[Дд]орог(?:ий|а|ая|ой|енький|енька|енькая)|"
    r"[Мм]ил(?:ий|а|ая|ый)|[Рр]ідн(?:ий|а)|[Рр]одн(?:ой|ая)|[Кк]охан(?:ий|а)|[Лл]юбим(?:ий|а|ая|ый))"
    r"[ \t]+(?P<name>[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё'’]{1,20})(?=[ \t]*[,!])")
_SALUTATION_TRIGGER = re.compile(r"dear|дорог|мил|рідн|родн|кохан|любим")


def salutation_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of the person a letter's first line greets ("My dear Solia,"), unless the
    word is an ordinary one ("Dear Colleagues,", «Дорогі друзі»: lowercase anyway) or a title or
    relative ("Dear Sir,", «Дорога мамо»)."""
    low = lowered(text) or text.lower()
    if not _SALUTATION_TRIGGER.search(low):
        return []
    return [m.span("name") for m in _SALUTATION_RE.finditer(text)
            if not person_word(m.group("name")) and not _no_name_here(m.group("name"))]


def _no_name_here(word: str, in_table: bool = False) -> bool:
    """_ordinary, where the place itself says a person is meant (a letter's greeting, a column of
    residents): a Latin word is judged as English only ("Solia", "Rohan" read in Cyrillic are a
    verb's and a noun's forms); "Dear Colleagues", "| Red Cross |" stay ordinary."""
    if not word.isascii():
        return _ordinary(word, in_table)
    return word.lower() in lexicon().not_names_en or analyse_latin(word).place \
        or word_frequency(word.lower(), "en") >= (_COMMON_IN_HEADERS if in_table else _ENGLISH_WORD)


def person_word(word: str) -> bool:
    """Is `word` (any case) a relative, a title or a person noun of the lexicon («сусідки», "son")?"""
    lex = lexicon()
    word = word.lower()
    return word in lex.titles_en if word.isascii() else not analyse(word).lemmas.isdisjoint(lex.titles_cyr)


def form_field_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of a form's name values and the home names in brackets after them; a first
    name whose bracket speaks of its surname."""
    low = lowered(text)
    low = low if low is not None else text.lower()
    found = []
    if "(" in text and any(word in low for word in _SURNAME_WORD_TRIGGER):
        found += [m.span("name") for m in _SURNAME_BRACKET_RE.finditer(text)
                  if m.group("name")[:1].isupper() and not _ordinary(m.group("name"))]
    if "(" in text:
        found += [m.span("name") for m in _KIN_BRACKET_RE.finditer(text)
                  if _kin_word(m.group("kin")) and not _kin_word(m.group("name"))
                  and not any(ch.isdigit() for ch in m.group("name")) and not _ordinary(m.group("name"))]
    if not _FORM_FIELD_TRIGGER_RE.search(low):
        return found
    for m in _FORM_FIELD_RE.finditer(text):
        value = m.group("value")
        if "|" in m.group() and _HEADER_ROW_END.match(text, text.find("\n", m.end()) % (len(text) + 1)):
            continue            # «| # | Name | Born / age |»: a table's header, its rule below it
        table = "|" in m.group()
        if all(not _ordinary(w, table) for w in value.split()):
            found.append((m.start("value"), m.end("value")))
            after = m.end("value")
            if table:                       # the row's other values: another person's name
                cell = _NEXT_CELL_RE.match(text, after)
                while cell and all(not _ordinary(w, table) for w in cell.group("value").split()):
                    found.append((cell.start("value"), cell.end("value")))
                    cell = _NEXT_CELL_RE.match(text, cell.end("value"))
            while after < len(text) and text[after] in " \t":
                after += 1
            home = _HOME_NAMES_RE.match(text, after)
            if home:
                found += _words(home.start("names"), home.group("names"))
    return found


# A chat export's sender, however typed: "[12.03.24, 21:14] oksanka: …" (WhatsApp, Viber),
# "12.03.24, 21:14 - Dymon: …" (WhatsApp on Android). A display name is a person's, unless it is
# an ordinary word («Мама», "Dad", «Тітка»).
_CHAT_LINE_RE = re.compile(
    r"^[ \t>*]*(?:\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\]"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?[ \t]+[-–])[ \t]+(?P<sender>[^:\n\[\]]{1,40}?):[ \t]",
    re.MULTILINE)
_SENDER_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")


def chat_senders(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words of chat senders' names that are not ordinary words."""
    if ":" not in text or ("] " not in text and " - " not in text and " – " not in text):
        return []
    found = []
    for line in _CHAT_LINE_RE.finditer(text):
        for word in _SENDER_WORD_RE.finditer(line.group("sender")):
            if not _ordinary(word.group()[0].upper() + word.group()[1:]):
                start = line.start("sender") + word.start()
                found.append((start, start + len(word.group())))
    return found


# A radio or dispatch log's sender column: a time, then one capitalised word set off by two spaces
# or more on each side ("07:05  Bison  P/U vul. Shevchenka 14", «08:02  Барон  на БП…»): a call
# sign, however ordinary the word (in a testimony; two such lines or more make a log; not a role)
# … or in square brackets after the time ("05:14 [Дідок] Почекай", "> 08:45 [Ryzhyi] This is Vitalii")
_LOG_LINE_RE = re.compile(r"^[ \t>*\-]*\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]{2,}(?P<sender>[A-ZА-ЯІЇЄҐЁ][\w'’\-]{1,24})[ \t]{2,}"
                          r"|[ \t]+\[(?P<bracketed>[A-ZА-ЯІЇЄҐЁ][\w'’\-]{1,24})\][ \t]+)\S", re.MULTILINE)
_LOG_ROLES = frozenset("dispatcher operator base all everyone диспетчер диспетчерська диспетчерская оператор база "
                       # (an emergency call's transcript: "02:17:29  CALLER    Liuba? She's on the balcony")
                       "caller абонент заявник заявниця заявитель заявительница police поліція полиция crew бригада "
                       "все всі усі admin адмін админ bot бот moderator модератор system система "
                       # (what a chat export brackets instead of a sender)
                       "photo video voice audio sticker file фото відео видео голосове голосовое аудіо аудио "
                       "стікер стикер файл".split())


def log_senders(text: str) -> list[tuple[int, int]]:
    if ":" not in text or ("  " not in text and "[" not in text):
        return []
    lines = list(_LOG_LINE_RE.finditer(text))
    if len(lines) < 2:
        return []
    found = []
    for m in lines:
        group = "sender" if m.group("sender") else "bracketed"
        if m.group(group).lower() not in _LOG_ROLES and m.group(group).lower() not in _NOT_A_NAME:
            found.append(m.span(group))
    return found


# A table's call-sign or nickname column («| позивний |», "| call sign |"): each cell names one
# person, however ordinary its word («Шаман», «Берег», "Lev"); not an empty or unknown mark
_CALL_SIGN_HEADER_RE = re.compile(r"(?i:call[\s-]?signs?|nicknames?|позивн\w*|позывн\w*|прізвиськ\w*|кличк\w*|прозвищ\w*)")
_CALL_SIGN_CELL_RE = re.compile(r"[«\"“]?[A-ZА-ЯІЇЄҐЁ][\w'’\-]{1,24}(?:[ \t][A-ZА-ЯІЇЄҐЁ]?[\w'’\-]{1,24})?[»\"”]?")
_NOT_A_NAME = frozenset("unknown none n/a невідомо невідомий немає нема неизвестно нет".split())


def call_sign_cells(text: str) -> list[tuple[int, int]]:
    if "|" not in text or not _CALL_SIGN_HEADER_RE.search(text):
        return []
    return [(a, b) for a, b in column_cells(text, _CALL_SIGN_HEADER_RE)
            if _CALL_SIGN_CELL_RE.fullmatch(text, a, b) and text[a:b].strip("«»\"“”").lower() not in _NOT_A_NAME]


# A table's column headed by the name and nothing else («| Ім'я |», "| Name |", «| ФИО |»; not
# "| Unit name |", "| Name of the camp |"): each cell names a person, however ordinary its word
# (an attendance sheet's «| Роман |», «| Надія |»). A header cell starts right after its bar.
_NAME_HEADER_RE = re.compile(r"(?:(?<=\|)|(?<=\|[ \t])|(?<=[ \t]{2})|(?<=\n))[*_]*(?i:ім['’]я|имя|name|first[ \t]+name|given[ \t]+name|"
                             r"full[ \t]+name|піб|фио|прізвище,?[ \t]+ім['’]я|фамилия,?[ \t]+имя)[*_]*\Z")
_NAME_CELL_RE = re.compile(r"[A-ZА-ЯІЇЄҐЁ][\w'’\-]{1,24}(?:[ \t]+[A-ZА-ЯІЇЄҐЁ][\w'’\-]{0,24}\.?){0,2}")
_NAME_HEADER_WORD_RE = re.compile(r"ім['’]я|имя|name|піб|фио")      # (searched in the lowered text)


# … or by the people's role ("| Passenger |", «| Пацієнт |», «| Клиент |»): a cell there may name
# an organisation or a place instead, so each of its words must be no word of the dictionaries
# («| Саркисян Лилия |», "| Chinedu Okafor |"; not "| Red Cross |")
_ROLE_HEADER_RE = re.compile(
    r"(?:(?<=\|)|(?<=\|[ \t])|(?<=[ \t]{2})|(?<=\n))[*_]*(?i:passengers?|patients?|guests?|clients?|customers?|visitors?|applicants?|"
    r"participants?|tenants?|detainees?|caller|residents?|occupants?|lodgers?|пасажир\w*|пассажир\w*|пацієнт\w*|пациент\w*|гост[ьі]|гість|"
    r"мешкан\w*|жил(?:ец|ьц\w*)|проживающ\w*|"
    r"клієнт\w*|клиент\w*|відвідувач\w*|посетител\w*|заявни\w*|заявител\w*|учасни\w*|участни\w*|"
    r"затриман\w*|задержанн?\w*)[*_]*\Z")
_ROLE_HEADER_WORD_RE = re.compile(r"passenger|patient|guest|client|customer|visitor|applicant|participant|tenant|"
                                  r"detainee|caller|resident|occupant|lodger|мешкан|жилец|жильц|проживающ|"
                                  r"пасажир|пассажир|пацієнт|пациент|гост|гість|клієнт|клиент|"
                                  r"відвідувач|посетител|заявни|заявител|учасни|участни|затриман|задержан")


def name_column_cells(text: str) -> list[tuple[int, int]]:
    if not may_hold_table(text):      # (a Markdown table, or a printout's columns lined up with spaces)
        return []
    low = lowered(text) or text.lower()
    found = []
    if _NAME_HEADER_WORD_RE.search(low):
        found += [(a, b) for a, b in column_cells(text, _NAME_HEADER_RE)
                  if _NAME_CELL_RE.fullmatch(text, a, b) and text[a:b].lower() not in _NOT_A_NAME]
    if _ROLE_HEADER_WORD_RE.search(low):
        found += [(a, b) for a, b in column_cells(text, _ROLE_HEADER_RE)
                  if _NAME_CELL_RE.fullmatch(text, a, b) and text[a:b].lower() not in _NOT_A_NAME
                  and not any(ch.isdigit() for ch in text[a:b])        # ("| P1 |": a booking's passenger one)
                  and not any(_no_name_here(word.rstrip("."), True) for word in text[a:b].split())]
    return found



# a nickname in quotes right after the name: «Дмитро Рудий «Ведмідь»», 'Dmytro Rudyi "Bear"';
# or set off by commas, as a roll call lists them ('Ihor Bondar, "Bosun", a sailor', 'Serhii
# Lytvynenko, the "Professor",', «Денис Орлик, «Чаплин» — из-за походки»): the comma or dash after
# the quotes closes the apposition (not 'Ivan, "Stop!" he shouted')
_QUOTED_AFTER_RE = re.compile(rf"[ \t]*[«\"“„](?P<words>{_CAPITAL_WORD})[»\"”“](?![\w'’])"
                              rf"|,[ \t]+(?:the[ \t]+)?[«\"“„](?P<set_off>{_CAPITAL_WORD})[»\"”“]"
                              # (or the table cell's or the line's end: «| Іван Ткач, «Чорний» |»; "to everyone")
                              r"(?=[ \t]*(?:[,—–|\n]|$)|[ \t]+(?:to everyone|to all|для всіх|для всех)\b)")
# … and the surname after it: «Игорь «Шмель» Пасечник», 'Yurii "Dzhmil" Prokopenko'
_SURNAME_AFTER_QUOTES_RE = re.compile(rf"[ \t]+(?P<surname>[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё'’]+(?:-[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё'’]+)?)(?![\w'’])")


# … or a yearbook's list of them after a dash, alone on the rest of the line: 'Danylo Kravets —
# "Dan", "Kapitan"', «Ульяна Сыч — «Сова»»
_QUOTED_WORD_RE = re.compile(rf"[«\"“„]({_CAPITAL_WORD})[»\"”“]")
_DASHED_QUOTES_RE = re.compile(rf"[ \t]*[—–][ \t]*(?P<list>[«\"“„]{_CAPITAL_WORD}[»\"”“](?:[ \t]*,[ \t]*[«\"“„]"
                               rf"{_CAPITAL_WORD}[»\"”“]){{0,3}})[ \t]*[.;]?[ \t]*(?:\n|$)")


def quoted_after(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the one capitalised word in quotes right after each name: a nickname or a
    call sign, however ordinary the word («Ведмідь»: a bear); and of the surname that follows
    the quotes after a name of one word, however ordinary («Пасечник»: a beekeeper)."""
    found = []
    for start, end in names:
        m = _QUOTED_AFTER_RE.match(text, end)
        if not m:
            dashed = _DASHED_QUOTES_RE.match(text, end)
            if dashed:
                found += [q.span(1) for q in _QUOTED_WORD_RE.finditer(text, *dashed.span("list"))]
            continue
        group = "words" if m.group("words") else "set_off"
        found.append(m.span(group))
        surname = _SURNAME_AFTER_QUOTES_RE.match(text, m.end()) if group == "words" else None
        if surname and " " not in text[start:end].strip():
            found.append(surname.span("surname"))
    return found


def bracketed_after(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the capitalised words opening a bracket right after each name."""
    found = []
    for _, end in names:
        m = _BRACKET_OPEN_RE.match(text, end)
        # not the initials that stand for the name after it ("Emma Lindqvist (EL)"), nor a role's
        # abbreviation («Інтерв'юер: Олена Руденко (Інт.)»: a speaker's tag, not her short name)
        abbreviation = " " not in m.group("words") and text.startswith(".", m.end("words")) if m else False
        if not m or m.group("words").isupper() or abbreviation:
            continue
        # in quotes, an ordinary word is a nickname all the same ('Serhii Kovtun ("Boroda")',
        # «Сергей Ковтун («Борода»)»), unless a place or a word of English
        quoted = text[m.start("words") - 1] in "\"«“"
        if all(not (_place_or_english(w) if quoted else _ordinary(w)) for w in m.group("words").split()):
            found.append((m.start("words"), m.end("words")))
    return found


def _place_or_english(word: str) -> bool:
    if word.isascii():
        return analyse_latin(word).place or word_frequency(word.lower(), "en") >= _ENGLISH_WORD
    return analyse(word).place
