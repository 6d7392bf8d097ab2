"""Contact detector (pii_guard/detectors/contact.py): e-mail, phone, social handles.

Every address, number and account below is made up. Phone numbers use fictional-looking
patterns (1234567 runs, the UK drama range 020 7946 0xxx, the US 555-01xx range).
Run: .venv/bin/python -m pytest tests/guard/test_contact.py -q
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pii_guard.detectors import contact
from pii_guard.model import KINDS, ScanContext
from campaign_texts import CAMPAIGN_TEXTS, FILLER

ORG = "info@people1st.org"
CTX = ScanContext(allowed=frozenset({ORG}))

# (text, [(found text, kind, rule), ...]); an empty list is a case that must stay silent.
EMAIL_CASES = [
    # a comment's mention of an editor, a plus and the address; a plus inside the local part
    ("Please check the text. +k.sydorenko@zmina-docs.org", [("k.sydorenko@zmina-docs.org", "email", "email.plain")]),
    ("write to olena+news@ukr.net today", [("olena+news@ukr.net", "email", "email.plain")]),
    ("writing to g.orekhova[at]yandex[.]ru daily", [("g.orekhova[at]yandex[.]ru", "email", "email.obfuscated")]),
    ("| katja.sych[ät]web.de | ел. підпис |", [("katja.sych[ät]web.de", "email", "email.obfuscated")]),
    # a user name and the mail service said in words, after a word about mail
    ("Ще пише на пошту lyuda.pavlenko75 на укрнеті.", [("lyuda.pavlenko75 на укрнеті", "email", "email.obfuscated")]),
    ("Я на гмейлі не сиджу, version v2.1 on gmail soon", []),
    ("Write to olena.k@example.com today.", [("olena.k@example.com", "email", "email.plain")]),
    ("Пишіть: ivan_p-2@mail.example.ua.", [("ivan_p-2@mail.example.ua", "email", "email.plain")]),
    ("[пишите](mailto:ivan@example.org)", [("mailto:ivan@example.org", "email", "email.mailto")]),
    ("olena [at] example [dot] com", [("olena [at] example [dot] com", "email", "email.obfuscated")]),
    ("olena(at)example.org", [("olena(at)example.org", "email", "email.obfuscated")]),
    # a caption writes the user name in Cyrillic, a dot said or digits in it; not a dog
    ("галина точка петрук61 собака укр нет", [("галина точка петрук61 собака укр нет", "email", "email.obfuscated")]),
    ("у нас собака и кошка нет", []),
    # a talk page's signatures: a wiki's with (UTC), a user name with a digit or a hyphen; not a
    # bare first name, not a time range (fictional)
    ("I have removed the paragraph. — Oksamyt 18:22, 5 February 2024 (UTC)",
     [("Oksamyt", "social_handle", "social.signature")]),
    (": Keep. The Center lists him. — Sirko-77 11:02", [("Sirko-77", "social_handle", "social.signature")]),
    ("Call me after work — Olena 11:02\nThe meeting ran 10:00 - 11:02", []),
    # a voice message's address at proton.me, said letter by letter in Ukrainian (fictional)
    ("поліна крапка аш крапка ло равлик протон крапка мі. Вона справжня?",
     [("поліна крапка аш крапка ло равлик протон крапка мі", "email", "email.obfuscated")]),
    ("olena {at} example.org", [("olena {at} example.org", "email", "email.obfuscated")]),
    ("contact: olena at example dot com", [("olena at example dot com", "email", "email.obfuscated")]),
    ("olena.k at example dot org", [("olena.k at example dot org", "email", "email.obfuscated")]),
    ("olena dot kravets at gmail dot com", [("olena dot kravets at gmail dot com", "email", "email.obfuscated")]),
    ("reach her: olena at gmail.com", [("olena at gmail.com", "email", "email.obfuscated")]),
    ("ivan собака ukr точка net", [("ivan собака ukr точка net", "email", "email.obfuscated")]),
    ("ivan [собака] ukr.net", [("ivan [собака] ukr.net", "email", "email.obfuscated")]),
    # an @ between spaces, a dot in brackets
    ("скидати на olia.bohdanova (крапка) 128 @ gmail.com, я формую",
     [("olia.bohdanova (крапка) 128 @ gmail.com", "email", "email.obfuscated")]),
    ("Пишіть: olena (dot) k @ gmail (dot) com", [("olena (dot) k @ gmail (dot) com", "email", "email.obfuscated")]),
    ("Meet me @ 5 pm at the station.", []),
    # the domain said in Cyrillic letters after «собачка»
    ("Почта есть, glad.marina собачка мэйл точка ру, но я туда не захожу.",
     [("glad.marina собачка мэйл точка ру", "email", "email.obfuscated")]),
    ("Можна й на пошту: onyshchenko.halyna собачка укр нет. Ну, ви поняли.",
     [("onyshchenko.halyna собачка укр нет", "email", "email.obfuscated")]),
    ("Rex собака гавкає голосно.", []),
    # negatives
    ("Write to info@people1st.org or [us](mailto:info@people1st.org).", []),
    ("INFO@People1st.org answers.", []),
    ("info [at] people1st [dot] org", []),
    ("we met at home dot com", []),
    ("I looked at example.com yesterday", []),
    ("the logo@2x.png file and user@localhost", []),
    ("Meet me at noon.", []),
]

PHONE_CASES = [
    # a caption mixes words and digits; a caption's next line is not part of the number
    ("SPEAKER 1: zero nine five three one two 40 88", [("zero nine five three one two 40 88", "phone", "phone.spelled")]),
    ("записываю: ноль шестьдесят семь, четыреста двенадцать, пятьдесят пять, восемьдесят один.\n- 30 лет",
     [("ноль шестьдесят семь, четыреста двенадцать, пятьдесят пять, восемьдесят один", "phone", "phone.spelled")]),
    ("we had two or three 40 minute calls", []),
    # a Russian number said with its 8; «одиннадцати» holds no «ИНН» (a tax number's cue)
    ("his number eight nine five two, three one eight, forty, seventy seven, call",
     [("eight nine five two, three one eight, forty, seventy seven", "phone", "phone.spelled")]),
    ("молчит с одиннадцати пятидесяти двух. Наберите: ноль шестьдесят семь, пятьсот девяносто два, ноль восемь, сорок один.",
     [("ноль шестьдесят семь, пятьсот девяносто два, ноль восемь, сорок один", "phone", "phone.spelled")]),
    # a bank receipt's dotted reference is no phone; a phone written with dots is one
    ("receipt 0.0.3512874409.1, or call 067.123.45.67", [("067.123.45.67", "phone", "phone.ua")]),
    # the long-distance 8 Ukraine dialled before 2010 (fictional number)
    ("| Телефон | 8 067 304 12 55 |", [("8 067 304 12 55", "phone", "phone.ua")]),
    # dictated in words (tens with a unit are one pair, or two digits: «пятьдесят три» 53 or 503)
    ("callback number zero six seven, two two one, nineteen, fifty-four -->",
     [("zero six seven, two two one, nineteen, fifty-four", "phone", "phone.spelled")]),
    ("Ноль пятьдесят, три-два-один, сорок четыре, ноль семь.",
     [("Ноль пятьдесят, три-два-один, сорок четыре, ноль семь", "phone", "phone.spelled")]),
    ("нет, сначала: ноль пятьдесят три два один сорок четыре ноль семь",
     [("ноль пятьдесят три два один сорок четыре ноль семь", "phone", "phone.spelled")]),
    ("Oh-nine-seven, two-two-one, forty-five, eighteen.",
     [("Oh-nine-seven, two-two-one, forty-five, eighteen", "phone", "phone.spelled")]),
    ("Zero, one, two, three: the count began. Нуль градусів, сорок сім людей.", []),
    # the country code after "plus"; hundreds («шестьсот шесть»: 606); Russia's trunk 8
    ("my number is plus three eight zero, six seven, two two one, forty, fifty-five. Or",
     [("plus three eight zero, six seven, two two one, forty, fifty-five", "phone", "phone.spelled")]),
    ("Телефон: плюс три восемь ноль, девяносто три, шестьсот шесть, сорок один, семнадцать.",
     [("плюс три восемь ноль, девяносто три, шестьсот шесть, сорок один, семнадцать", "phone", "phone.spelled")]),
    ("звоните: восемь девятьсот пятнадцать, четыреста два, семьдесят семь, ноль один.",
     [("восемь девятьсот пятнадцать, четыреста два, семьдесят семь, ноль один", "phone", "phone.spelled")]),
    ("Плюс сто двадцать людей, ноль відповідей.", []),
    # a paper form's one digit per box
    ("Телефон: 0 9 8 - 4 4 1 - 2 0 - 3 7 (друк.)", [("0 9 8 - 4 4 1 - 2 0 - 3 7", "phone", "phone.ua")]),
    ("Phone 0 (67) 5 0 3 - 7 7 - 1 4", [("0 (67) 5 0 3 - 7 7 - 1 4", "phone", "phone.ua")]),
    ("steps 1 2 3 4 5 6 7 8 9 of the form", []),
    # a range the numbering plan reserves (UK drama numbers) still counts with its country code
    ("or call +44 7700 900418. Post", [("+44 7700 900418", "phone", "phone.intl")]),
    ("the index rose +12 345 678 points", []),
    ("Call +380 67 123 45 67.", [("+380 67 123 45 67", "phone", "phone.ua")]),
    ("тел. 067 123 45 67", [("067 123 45 67", "phone", "phone.ua")]),
    ("тел. 067-123-45-67 або 067.123.45.67", [("067-123-45-67", "phone", "phone.ua"),
                                                ("067.123.45.67", "phone", "phone.ua")]),
    ("(044) 123-45-67", [("(044) 123-45-67", "phone", "phone.ua")]),
    ("00380671234567", [("00380671234567", "phone", "phone.ua")]),
    ("+38 (067) 123-45-67", [("+38 (067) 123-45-67", "phone", "phone.ua")]),
    ("Звоните 8 (912) 345-67-89", [("8 (912) 345-67-89", "phone", "phone.ru")]),
    ("или +7 912 345-67-89", [("+7 912 345-67-89", "phone", "phone.ru")]),
    ("+7(912)3456789", [("+7(912)3456789", "phone", "phone.ru")]),
    ("London office +44 20 7946 0958", [("+44 20 7946 0958", "phone", "phone.intl")]),
    ("US line (212) 555-0123", [("(212) 555-0123", "phone", "phone.intl")]),
    ("[call](tel:+380671234567)", [("+380671234567", "phone", "phone.ua")]),
    # negatives: figures, years, dates, ranges, versions, statutes, identifiers
    ("At least 16,000 civilians and 20 000 children", []),
    ("20,000,000 in 2022; 1 000 000 000 hryvnias", []),
    ("version 2026.11 released; pp. 123-456; 1991-2025", []),
    ("2023-03-12 to 2024-05-01; 12.03.2023-15.03.2023", []),
    ("Article 438-1 of Law No. 2341-IX; the 42nd Congress", []),
    ("IBAN UA21 3223 1300 0002 6007 2335 6600 1", []),
    ("card 2200 1234 5678 9019", []),
    ("up to 16 hours a day, 73 organisations", []),
    # a freephone number is an organisation's line, never a person's
    ("безоплатна правова допомога: 0 800 213 103; гаряча лінія 8 800 555 35 35", []),
    # a landline's short local number, after a word for a home phone only
    ("Позвонили на домашний 22-41-75 в 06:10; дома 12-05-22 было", [("22-41-75", "phone", "phone.local")]),
    # … after a word for a phone or a town's code, or after an address book's dash when no date
    # could be meant (fictional)
    ("- **Алка (завод)** — т. 4-17-92; **Гриша** — 2-09-11; **Валя** — 22-61-47",
     [("4-17-92", "phone", "phone.local"), ("22-61-47", "phone", "phone.local")]),
    ("the house phone number, 5-21-43; (03365) 2-14-58; «дзвонити Галі 2-14-38»",
     [("5-21-43", "phone", "phone.local"), ("(03365) 2-14-58", "phone", "phone.ua"), ("2-14-38", "phone", "phone.local")]),
    ("https://example.org/a/12345678901/b", []),
    # a document's number after its "no." is no phone; a mobile cell's code in two groups is not
    # a Polish number (in two groups, a foreign number must be grouped as its country writes it)
    ("pension file no. 0802-014729 at the Pension Fund", []),
    ("| 00:02:13 | 25501-4417 | 49.70912 |", []),
    ("Berlin, mobile 0151 23840917", [("0151 23840917", "phone", "phone.intl")]),
]

SOCIAL_CASES = [
    ("t.me/olena_k", [("t.me/olena_k", "social_handle", "social.telegram")]),
    # VKontakte's mention markup: the account number (the name is the names detector's)
    ("На фото: [id51337201|Светлана Горбенко]", [("id51337201", "social_handle", "social.vk")]),
    # a CV on a job site names its owner
    ("Резюме на сайте: work.ua/resumes/5830417/", [("work.ua/resumes/5830417", "social_handle", "social.workua")]),
    ("https://telegram.me/olena_k", [("https://telegram.me/olena_k", "social_handle", "social.telegram")]),
    ("https://vk.com/id123456", [("https://vk.com/id123456", "social_handle", "social.vk")]),
    ("vk.com/olena.k", [("vk.com/olena.k", "social_handle", "social.vk")]),
    ("ok.ru/profile/5712345678", [("ok.ru/profile/5712345678", "social_handle", "social.ok")]),
    ("https://www.instagram.com/olena.k/", [("https://www.instagram.com/olena.k", "social_handle", "social.instagram")]),
    ("https://m.facebook.com/olena.k.1987", [("https://m.facebook.com/olena.k.1987", "social_handle", "social.facebook")]),
    ("x.com/olena_k", [("x.com/olena_k", "social_handle", "social.x")]),
    ("twitter.com/olena_k", [("twitter.com/olena_k", "social_handle", "social.x")]),
    ("tiktok.com/@olena_k", [("tiktok.com/@olena_k", "social_handle", "social.tiktok")]),
    ("youtube.com/@olenak", [("youtube.com/@olenak", "social_handle", "social.youtube")]),
    ("Follow @olena_k on Telegram", [("@olena_k", "social_handle", "social.mention")]),
    # a Reddit user (the forum, r/..., is no person)
    ("**u/kalyna_in_calgary** · 1.2k points in r/AskUkrainians", [("u/kalyna_in_calgary", "social_handle", "social.reddit")]),
    ("Posted by u/melitopol_beekeeper81 · archived", [("u/melitopol_beekeeper81", "social_handle", "social.reddit")]),
    # a Skype account's own id (fictional); not a stream that is "live: 20:00"
    ("Skype, pupil's login live:.cid.matvii_h09; backup", [("live:.cid.matvii_h09", "social_handle", "social.skype")]),
    ("We go live: 20:00 on Friday.", []),
    # a messenger, a comma, the account (fictional); not a list of messengers
    ("He wrote only on Signal, gleb.lvov.71, never by phone.", [("gleb.lvov.71", "social_handle", "social.account")]),
    ("We use Signal, Telegram and Viber. Signal, however, was down.", []),
    ("my son (Viber and Signal, Signal username taras.moroz.07)", [("taras.moroz.07", "social_handle", "social.account")]),
    ("<!-- Nataliia's Viber viber://chat?number=%2B380509312764 -->",
     [("viber://chat?number=%2B380509312764", "social_handle", "social.viber")]),
    ("Пишіть @olena_k1987 у месенджері", [("@olena_k1987", "social_handle", "social.mention")]),
    # negatives
    ("facebook.com/sharer/sharer.php?u=x and twitter.com/intent/tweet", []),
    ("fox.com/abc and inbox.com/x", []),
    ("@pytest.mark.parametrize", []),
    ("@media screen {", []),
    ("    @staticmethod", []),
    ("@lru_cache\ndef f():", []),
    ("@Injectable\nexport class Api {}", []),
    # an account alone on its line: the header of a chat message, the end of a sentence
    ("@olga_k_wait · 21:15\nДобрий вечір", [("@olga_k_wait", "social_handle", "social.mention")]),
    ("Пишите в телеграм\n@kherson_k. Меня зовут", [("@kherson_k", "social_handle", "social.mention")]),
    # an account named without its @, after the messenger's name
    ("Пишіть у телеграм olena_kr або у вайбері: petrokov.",
     [("olena_kr", "social_handle", "social.account"), ("petrokov", "social_handle", "social.account")]),
    ("Signal: olena.42", [("olena.42", "social_handle", "social.account")]),
    ("Найди его в инсте как sasha_mir.", [("sasha_mir", "social_handle", "social.account")]),
    # ... not the next word, a brand or the messenger's own site
    ("We talked on Telegram yesterday; then WhatsApp or Viber. Telegram Desktop, telegram.org", []),
    ("Follow the campaign at t.me/people1st_campaign", []),       # allowlisted below
    ("Follow @people1st_campaign", []),                          # same account, prose form
]
SOCIAL_CTX = ScanContext(allowed=frozenset({ORG, "https://t.me/people1st_campaign"}))

ALL_CASES = [(t, e, CTX) for t, e in EMAIL_CASES + PHONE_CASES] + [(t, e, SOCIAL_CTX) for t, e in SOCIAL_CASES]


def found(text: str, ctx: ScanContext) -> list[tuple[str, str, str]]:
    return [(text[s.start:s.end], s.kind, s.rule) for s in contact.detect(text, ctx)]


@pytest.mark.parametrize("text, expected", EMAIL_CASES)
def test_email(text, expected):
    assert found(text, CTX) == expected


@pytest.mark.parametrize("text, expected", PHONE_CASES)
def test_phone(text, expected):
    assert found(text, CTX) == expected


@pytest.mark.parametrize("text, expected", SOCIAL_CASES)
def test_social_handle(text, expected):
    assert found(text, SOCIAL_CTX) == expected


def test_allowlisted_address_is_found_without_the_allowlist():
    text = "write to info@people1st.org"
    assert found(text, ScanContext()) == [(ORG, "email", "email.plain")]


@pytest.mark.parametrize("written", ["+380 44 000 12 34", "+380440001234", "044 000 12 34", "tel:+380440001234"])
def test_allowed_phone_matches_any_spelling(written):
    ctx = ScanContext(allowed=frozenset({written}))
    text = "Hotline: +380 (44) 000-12-34, or 044 000 1234."
    assert found(text, ctx) == []
    assert len(found(text, ScanContext())) == 2


def test_spans_are_valid_kinds_inside_the_text():
    for text, _, ctx in ALL_CASES:
        for span in contact.detect(text, ctx):
            assert span.kind in KINDS and 0 <= span.start < span.end <= len(text)


# The campaign's own texts are full of figures, years and organisation names: none is personal
# (CAMPAIGN_TEXTS, FILLER: tests/guard/campaign_texts.py).


@pytest.mark.parametrize("path", CAMPAIGN_TEXTS, ids=lambda p: p.name)
def test_campaign_texts_stay_silent(path):
    text = path.read_text(encoding="utf-8")
    assert [(text[s.start:s.end], s.rule) for s in contact.detect(text, CTX)] == []




def test_cheap_triggers_miss_nothing(monkeypatch):
    # The detailed patterns run only near a cheap trigger (pii_guard/detectors/_windows.py).
    # With the triggers switched off (whole text searched) every case, set inside longer prose,
    # must give the same answer, and the table's answer.
    cases = [(FILLER + "\n" + text + "\n" + FILLER, ctx) for text, _, ctx in ALL_CASES]
    fast = [contact.detect(text, ctx) for text, ctx in cases]
    monkeypatch.setattr(contact, "windows", lambda text, triggers, margin=0: [(0, len(text))])
    assert [contact.detect(text, ctx) for text, ctx in cases] == fast
    assert sum(map(len, fast)) == sum(len(row[1]) for row in ALL_CASES)


@pytest.mark.parametrize("text, expected", [
    ("**Katya_Sokolova87** · 12.04.2024, 23:51", ["Katya_Sokolova87"]),
    ("The lawyer only talks to us by username avinograd.82, and nothing else.", ["avinograd.82"]),
    # Cyrillic user names; a first name with digits or a capital glued to it
    ("#### Оксанка_Мелітополь · повідомлень: 418", ["Оксанка_Мелітополь"]),
    ("##### Valera77 — 2 311 сообщений — *сегодня, 07:05*", ["Valera77"]),
    ("**MarichkaB** · Member · 57 posts", ["MarichkaB"]),
    # a first name and another word joined by a dot; not a file's or a site's name
    ("#### kateryna.hlib · 12.03.2024, 21:14", ["kateryna.hlib"]),
    ("Halyna.Tsvirkun wrote: we are still looking", ["Halyna.Tsvirkun"]),
    ("See report.pdf, people1st.org, e.g. this, and Mama.com", []),
    ("Signal (её аккаунт — marina_gavryliuk.07) прилагаю", ["marina_gavryliuk.07"]),
    ("COVID19, Т-72, Су34, iPhone15, Galaxy22, Kharkiv77, USB_PORT", []),
    # a template's constant, a path, a version, a file
    ("INLINE_SCRIPT_HASHES, config/site_url, v2.10, assets/main.57ab.css", []),
    ("original_language: uk\nreviewer_role: documentation-lead\ncontent_warnings: []", []),
    # a database export's keys; a forum's bold speaker label is a user name all the same
    ("    rodynnyi_zviazok: син\n    osobystyi_nomer: \"Ф-302716\"", []),
    ("vlad_ekb:\nВопрос к автору (its bold undone)", ["vlad_ekb"]),
    ("person_data:\n  vik: 49", []),
    # a chat export's sender that is a user name, after a time or a list mark; not a file's or a
    # site's name, nor a front matter key
    ("[09:12] oksana.shev.81: voice message 1:47", ["oksana.shev.81"]),
    ("- marko.photo.lviv: I can make a new poster", ["marko.photo.lviv"]),
    ("notes.txt: see annex. people1st.org: the campaign\ndocument_kind: \"certificate\"", []),
    # a phone number in a recording's file name
    ("| `zvonok_79493187712.m4a` | 2,1 МБ |", ["79493187712"]),
    # a user name said aloud in a caption (letters spelled one by one; "with underscores" after
    # it); not a file's name said in words of English (all fictional)
    ("SPEAKER 1: her handle is at olia underscore mak underscore tsv on instagram", ["at olia underscore mak underscore tsv"]),
    ("SPEAKER 1: his is petro underscore h r m", ["petro underscore h r m"]),
    ("она собака оля мак цв через подчёркивания", ["собака оля мак цв"]),
    ("собачка оля підкреслення мак\nз підкресленням", ["собачка оля підкреслення мак"]),
    ("the file was named report underscore final", []),
    # a personal blog's address names its author; not a platform's own site
    ("[old blog](https://maks-horbenko.blogspot.com/2019/08/birthday.html); www.blogspot.com",
     ["https://maks-horbenko.blogspot.com"]),
    # a live stream's chat: senders with a first name in them, however written; not a data key,
    # a file's or a site's name; a photo's day and number in the series is no phone (fictional)
    ("*lesia_from_lviv: sending hugs*\n*oleh.kardash.ua: what happened?*\n    reviewer_role: lead\n"
     "| lysenko_20240612_05.jpg |", ["lesia_from_lviv", "oleh.kardash.ua"]),
    # a CSV row's fields in a testimony: the phone before a long number is the phone alone
    ("returned_on,recipient,colony,sender_phone,tracking_no,reason\n2024-04-18,\"(withheld)\",\"IK-10\",+7 916 240-17-83,12500996068190,transferred",
     ["+7 916 240-17-83"]),
    # a blog's comment thread: the sender before a sentence; a record's field with a long value
    # among short ones stays a field (fictional)
    ("> **marichka_lviv**: holding on with you. Call me if you want to walk at night.\n"
     "> **kravets_olha**: Aunt Olha here, don't forget to eat.", ["marichka_lviv", "kravets_olha"]),
    ('    osobystyi_nomer: "Ф-302716"\n    status_osoby: військовополонений (підтв. МКЧХ, лист від лютого)', []),
    # a member's page on any other site (a running club, a genealogy site); not an organisation's
    # list of people (fictional)
    ("| Public profile | [club page](https://www.runclub.example/athletes/48213377) |",
     ["https://www.runclub.example/athletes/48213377"]),
    ("my profile there is ancestry.com/profile/lesia_horobets_w). See icrc.org/en/people/.",
     ["ancestry.com/profile/lesia_horobets_w"]),
    # a gamer's or a chess player's page, whatever follows an "@" account; not a map's "@" centre
    # (fictional)
    ("Steam: steamcommunity.com/id/vrm_kostia, games: https://lichess.org/@/maxgordi/all, "
     "map: https://www.google.com/maps/@46.52,32.08,17z",
     ["steamcommunity.com/id/vrm_kostia", "https://lichess.org/@/maxgordi"]),
    # a coder's account on a code host, with or without a repository; a Scratch user's page with
    # its last slash; not the host's own pages nor its documentation (fictional)
    ("Code: [github.com/sofi-boiko-13](https://github.com/sofi-boiko-13). Source: `git clone "
     "https://github.com/yehor-dev-lviv/lev-robot`. Play: https://scratch.mit.edu/users/artem_k_games/ . "
     "See https://github.com/features/actions and docs.github.com/en/site-policy",
     ["github.com/sofi-boiko-13", "https://github.com/sofi-boiko-13", "https://github.com/yehor-dev-lviv",
      "https://scratch.mit.edu/users/artem_k_games"]),
    # a forum post's author before "wrote"/«пише», even made of English words; not a name alone
    # nor a sentence's subject (fictional)
    ("**free_since_august** replied:\n> Nobody tells you.\n\n**artur.kh** пише:\n> Так.",
     ["free_since_august", "artur.kh"]),
    ("**Olena** wrote:\nshe wrote to me in 2023", []),
    # an export's user field; not a word after it
    ("format=csv  user=den_shevchuk_24  trips=6; login: oksana.k; the user: none", ["den_shevchuk_24", "oksana.k"]),
])
def test_a_user_name_in_a_testimony(text, expected):
    ctx = ScanContext(allowed=frozenset({ORG}), testimony=True)
    assert [text[s.start:s.end] for s in contact.detect(text, ctx)] == expected
    assert contact.detect(text, ScanContext(allowed=frozenset({ORG}))) == []    # elsewhere: code


@pytest.mark.parametrize("text, expected", [
    # a number dictated again after a false start; English hundreds ("one hundred and five")
    ("Yes. Zero, nine, seven... zero nine seven, four four one, twenty-two, thirty-eight. That is it.",
     ["zero nine seven, four four one, twenty-two, thirty-eight"]),
    ("Plus three eight zero, sixty-six, one hundred and five, seventeen, forty.",
     ["Plus three eight zero, sixty-six, one hundred and five, seventeen, forty"]),
    ("The price was two hundred and five, then one hundred.", []),
])
def test_a_phone_number_said_in_words(text, expected):
    spans = contact.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "phone"] == expected


@pytest.mark.parametrize("text, expected", [
    # (fictional) a nickname needs no colon; a landline's local number marked "home" in brackets
    ("Админ — Ленур Мустафаев, ник lenur.bal79.", [("social_handle", "lenur.bal79")]),
    ("Адміністратор — Богдан Вірний, нік bogdan.virnyi72.", [("social_handle", "bogdan.virnyi72")]),
    ("| 4 | Петро Добош | 4-12-83 (дом.) | Бачив |", [("phone", "4-12-83")]),
    ("login details.txt was lost; the nickname was hard to recall", []),
])
def test_a_nickname_without_a_colon_and_a_home_number_marked_in_brackets(text, expected):
    spans = contact.detect(text, ScanContext(testimony=True))
    assert [(s.kind, text[s.start:s.end]) for s in spans] == expected


def test_a_log_s_phone_field_without_its_plus():
    """(fictional) a Wi-Fi log's "msisdn=79167301458": the key says it is a phone."""
    text = "2023-03-04 09:12:44 auth=sms  msisdn=79167301458  mac=4c:32:75:1a:0e:9f  ua=iPhone\nsession=12345678901"
    spans = contact.detect(text, ScanContext(testimony=True))
    assert [(s.kind, text[s.start:s.end]) for s in spans] == [("phone", "79167301458")]


def test_a_register_s_row_number_and_short_date_are_no_foreign_phone_number():
    """(fictional) «402 07.06.22     ВАЗ-2114»: no phone; «тел. 067.123.45.67» still is one."""
    text = "402 07.06.22     ВАЗ-2114 син.\nтел. 067.123.45.67"
    spans = contact.detect(text, ScanContext(testimony=True, language="ru"))
    assert [text[s.start:s.end] for s in spans if s.kind == "phone"] == ["067.123.45.67"]


# (fictional) a register's printout sets a date in the next column: the number on either side of
# it is still read; a CSV's "+" after its comma; a game's nicknames under their column
@pytest.mark.parametrize("text, expected", [
    ("52  Hnatenko Iryna   0A7F3C2E  +380 63 880 41 17   07.04.2022  2 pcs",
     [("+380 63 880 41 17", "phone", "phone.ua")]),
    ("14.09.2022  +7 922 118-40-63", [("+7 922 118-40-63", "phone", "phone.ru")]),
    ("phone,+380976305518", [("+380976305518", "phone", "phone.ua")]),
    ("Sheremet Oleh                41   099 211 73 05        normal", [("099 211 73 05", "phone", "phone.ua")]),
    ("Counts:  12   15   17   22", []),
    ("The count was 1,234,567 people on 12.03.2022", []),
    ("| Нік | Хто це |\n|---|---|\n| DanyaTokmak | Данило |\n| pelmeshka2011 | Уляна |\n| Will | учитель |",
     [("DanyaTokmak", "social_handle", "social.username"), ("pelmeshka2011", "social_handle", "social.username")]),
    ("# nick            real name          from      parent contact\n"
     "Gleb_the_Creeper  Hlib Sydorenko     7-B       mum\n"
     "RomaIzum          Roman Kucherenko   Izium     dad",
     [("Gleb_the_Creeper", "social_handle", "social.username"), ("RomaIzum", "social_handle", "social.username")]),
])
def test_phones_beside_dates_and_nicknames_in_their_column(text, expected):
    assert found(text, ScanContext(testimony=True)) == expected


# (fictional) a code host's thread names its logins before what they did; a stream's chat replay
# its senders after the time (snake_case there is a sender, not a data key)
@pytest.mark.parametrize("text, expected", [
    ("**olakrm** opened this issue on 14 Oct 2022\n\n**bohdana-k** commented on 15 Oct 2022",
     [("olakrm", "social_handle", "social.username"), ("bohdana-k", "social_handle", "social.username")]),
    ("Olena opened the door on the fifth.", []),
    ("[00:31:47] marta_owl: is that the house?\n[00:32:30] kvitka_plays: pls dont",
     [("marta_owl", "social_handle", "social.username"), ("kvitka_plays", "social_handle", "social.username")]),
    ("record_kind: testimony", []),
])
def test_code_host_logins_and_chat_senders_after_the_time(text, expected):
    assert found(text, ScanContext(testimony=True)) == expected
