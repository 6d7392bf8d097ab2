"""The last pass over a testimony (pii_guard/detectors/leftovers.py): long numbers and coded
references that no other detector explained are reported; phones, dates, amounts, years,
standards, equipment and military units are not. Every number here is fictional.
Run: .venv/bin/python -m pytest tests/guard/test_leftovers.py -q
"""
from __future__ import annotations

import pytest
from stdnum.ua import rntrc

from pii_guard.detectors import leftovers
from pii_guard.registry import Registry
from pii_guard.sources import markdown


def _invalid_rnokpp() -> str:
    number = "3636357017"
    assert not rntrc.is_valid(number)       # a mistyped tax number: no checksum rule can see it
    return number


REPORTED = [
    (f"**Ви:** {_invalid_rnokpp()}", _invalid_rnokpp()),
    ("Ins. ID (NHSU declaration): 7704-1193-2658", "7704-1193-2658"),
    ("their reference is UA-CTA-2023-0471893, he said", "UA-CTA-2023-0471893"),
    ("the Red Cross gave us UA-POW-448173 for him", "UA-POW-448173"),
    ("and the foreign one, FA 318405. We were going to Poland", "FA 318405"),
    ("лист з колонії, номер 9153810425б3", "9153810425б3"),         # an OCR'd 6
    ("тато продиктував: 5512 90871 33", "5512 90871 33"),
    # codes in segments: an office's own reference points into a register that names the person
    ("Reference: OTP-UKR-W-24-1187. Date", "OTP-UKR-W-24-1187"),
    ("залікова книжка № 21-Ф-0318, видана", "21-Ф-0318"),
    ("A paper with my prisoner number, Б-04173... no, Б-04137", "Б-04137"),
    ("| Call ID | HL-24-1187 |", "HL-24-1187"),
    # a number after its sign, five digits or more: a register's entry about the person
    ("pension file No. 7730412. As of March", "7730412"),
    ("залікова книжка № 22-0193, студентський квиток", "22-0193"),
    ("(discharge summary No. 5812/20 from the regional hospital)", "5812/20"),
    # capitals and six digits or more in one word: another country's documents and registers
    ("| Home Office reference | K2208815 |", "K2208815"),
    ("(PPSN 7730512K) for the payroll", "7730512K"),
    ("the IRP card (card no. IE0557310) says", "IE0557310"),
    # segments mixing capitals and digits: an e-health episode, an electronic referral
    ("(eHealth episode `E25-0931-8842-17`).", "E25-0931-8842-17"),
    ("Electronic referral No. `4102-7K3X-95PM-2018`, valid until", "4102-7K3X-95PM-2018"),
    # a colony's code glued to the prisoner's number; a document's number after "file no." that
    # looks like a phone number (fictional)
    ("> Номер осуждённого ИК3-04172", "ИК3-04172"),
    ("pension file no. 0802-014729 at the Pension Fund", "0802-014729"),
    ("the personal file (student code 0419-2017-0683) in the database", "0419-2017-0683"),
    # a notary's register number in a form's row (fictional)
    ("| Реєстровий № | 1417 |\n| Дата | 12.03.2023 |", "1417"),
    # a column of personnel numbers (fictional)
    ("| Таб. № | ПІБ |\n|---|---|\n| 0047 | Горбенко Алла Вікторівна |", "0047"),
    ("| Personnel No. | Full name |\n|---|---|\n| 0052 | Pavlenko Ihor |", "0052"),
    ("| Таб. № | Работник |\n|---|---|\n| П-4442 | Мельниченко Тарас |", "П-4442"),
    # … in a printout's columns lined up with spaces (fictional)
    ("Pers.No  Name                  RNOKPP      Net, UAH\n03-0121  Kushnir Alla P.       —           12 310.00\n"
     "03-0134  Yarema Stepan I.      —           16 045.75", "03-0121"),
    # a column of each person's document or account number (fictional)
    ("| # | Player | Rating | FIDE ID |\n|---|---|---|---|\n| 1 | Hordiienko Maksym | 2214 | 14183560 |", "14183560"),
    ("| No. | Name | Seaman's book |\n|---|---|---|\n| 3 | Beridze Giorgi | 13AB70542 |", "13AB70542"),
    ("| № | В'язень | Номер |\n|---|---|---|\n| 1 | Ткаченко Денис | 4-117 |", "4-117"),
    # a reader's card after its label (fictional)
    ("Читацький квиток: 03-1187. Прострочено два тижні.", "03-1187"),
    # fifteen digits in threes: a pet's microchip, no amount
    ("| Микрочип | 804 098 100 418 237 |", "804 098 100 418 237"),
]

NOT_REPORTED = [
    # a tariff code's column; a hotline in a column of numbers
    "| Contents | HS tariff number |\n|---|---|\n| Woollen socks | 6115.95 |",
    "| Хто | Номер |\n|---|---|\n| колл-центр штаба | 0-800-507-312 |",
    # a law's, an order's, an institution's, a room's or a route's number; a letter's own numbering
    "Закон № 2341-IX, наказ № 21447-к, школа № 12345, рейс № 10471, палата № 12012",
    "вих. № 01-17/48 від 05.09.2023; Ref. No. 07-11/298; исх. № 257/5/2/41883",
    "Sent USD1000000 in total; ISBN9780306406 is the report's",
    "Зібрали 1 500 000 грн на адвоката",
    "150000000 рублей компенсации",
    "у 2022-2023-2024 роках",
    "ГОСТ 12345-78 для посилок",
    "служив у в/ч А-4521; ИК-10, COVID-19, С-300, Ту-22М3 — усе це не люди",
    "UA-2024 and UA-2025 are the campaign's years",
    "АД 168/100, ЧСС 94",
    "гаряча лінія 0 800 500 225",
    "https://example.org/news/2024/123456789012",
    "a licence key AB12-CD34-EF56 on the box",
    "Law 1234/2022/5678 and the order 12/04/2022; A32-1234",
    "Зібрали 1 500 000 000 гривень за рік",
]


def _found(text: str, testimony: bool = True) -> list[tuple[str, str]]:
    """What the guard reports in a Markdown page with this text (as the build reads it)."""
    _, hits = markdown.scan_text(text, "docs/uk/testimonies/t.md", Registry(), language="uk", testimony=testimony)
    return [(text[h.start:h.end], h.kind) for h in hits]


@pytest.mark.parametrize("text, number", REPORTED)
def test_an_unexplained_number_in_a_testimony_is_reported(text, number):
    assert (number, "national_id") in _found(text)


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_amounts_years_standards_and_office_numbers_are_not(text):
    assert [f for f in _found(text) if f[1] == "national_id"] == []


def test_a_number_written_as_a_phone_number_is_a_phone_even_if_no_plan_lists_it():
    assert ("01204 496 0718", "phone") in _found("ring 01204 496 0718 (evenings)")


EXPORT = """```yaml
ticket: "7730"
id: 3391
vik: 49
rodynnyi_zviazok: син
adresa: г. Луганск, кв-л Гайового, д. 35, кв. 61
spravka_ob_osvobozhdenii: "№ 047712"
phone_number: "050 123 44 55"
```"""


def test_a_database_export_s_keys_say_what_their_values_are():
    found = _found(EXPORT)
    assert ("49", "age") in found
    assert ("г. Луганск, кв-л Гайового, д. 35, кв. 61", "street_address") in found
    assert ("№ 047712", "national_id") in found
    assert ("050 123 44 55", "phone") in found
    # the keys themselves are no user names; a ticket's number is no person's
    assert not [text for text, kind in found if kind == "social_handle" or text in ("7730", "3391")]


def test_a_profile_s_user_name_is_found_again_without_its_address():
    page = ("Фото в её инстаграме [alina.sydorenko.kh](https://www.instagram.com/alina.sydorenko.kh/).\n\n"
            "Ещё раз: alina.sydorenko.kh.")
    assert [text for text, kind in _found(page) if kind == "social_handle"].count("alina.sydorenko.kh") == 2


def test_the_site_s_own_testimony_references_are_public():
    from peoplefirst.testimonies.schema import ID_PATTERN
    for reference in ("T-2026-0001", "T-2031-004417"):
        assert ID_PATTERN.match(reference) and leftovers.SITE_REFERENCE_RE.fullmatch(reference)
        assert _found(f"Cite it by its reference number ({reference}), the same in every language.") == []
        assert _found(f"---\nid: {reference}\ntype: testimony\n---\nText.") == []


def test_only_testimonies_get_the_last_pass():
    assert _found(f"**Ви:** {_invalid_rnokpp()}", testimony=False) == []


def test_what_another_detector_explained_keeps_its_kind():
    found = _found("Пишіть на +380 67 123 45 67, народився 12.03.1987")
    assert ("+380 67 123 45 67", "phone") in found
    assert all(kind != "national_id" for _, kind in found)


@pytest.mark.parametrize("text,age", [
    ("Their children, Yarynka (8) and Zlata (4), came in 2023.", "4"),
    ("Діти: Мирослава Гнатюк (11) і Тарасик (6).", "6"),
    # after a comma before what closes the phrase; with its unit
    ("with her husband [Viktor Hnatiuk, 57] and their daughter", "57"),
    ("My daughter is Alina Koval, 26, a nurse.", "26"),
    ("Марта жила с мужем [Виктором Остапенко, 52 года] и дочерью.", "52 года"),
])
def test_a_number_alone_in_brackets_after_a_found_name_is_an_age(text, age):
    assert (age, "age") in _found(text)


def test_a_bracketed_number_after_a_word_that_is_no_name_is_no_age():
    found = _found("Депортовані діти (4) · Усі свідчення (2) · Footnote (3) and Chapter (7).")
    assert all(kind != "age" for _, kind in found)


def test_a_number_after_a_name_that_starts_an_address_or_a_term_is_no_age():
    found = _found("Write to Ivan Petrenko, 12 Main Street. Іван Петренко 5 років сидить у колонії.")
    assert all(kind != "age" for _, kind in found)


@pytest.mark.parametrize("text, code, rule", [
    # a Russian court case's unique identifier, as the court's website prints it
    ("| Уникальный идентификатор дела | 90RS0004-01-2023-004417-62 |", "90RS0004-01-2023-004417-62", "id.court_uid"),
    # a register's reference in transliterated capitals («КШ» → "KSh"); a card numbered within its year, after its word
    ("The statement is filed under KSh-2024/31577 (see above).", "KSh-2024/31577", "id.unexplained_code"),
    ("№ учётной карточки: 08/2025/007713", "08/2025/007713", "id.reference"),
    # an officer's badge, after its word or in its table column
    ("Следователь: капитан полиции Захарченко, жетон 0071154", "0071154", "id.numbered"),
    ("| Role | Name, rank | Badge |\n|---|---|---|\n| Investigator | police captain | 0071154 |",
     "0071154", "id.column"),
])
def test_court_identifiers_register_cards_and_badges(text, code, rule):
    _, hits = markdown.scan_text(text, "docs/ru/testimonies/t.md", Registry(), language="ru", testimony=True)
    assert (code, "national_id", rule) in [(text[h.start:h.end], h.kind, h.rule) for h in hits]


def test_numbers_within_a_year_of_a_law_are_not_a_person_s():
    assert _found("Law No. 2/2022/1234 and the order 12/2023/55555 changed the procedure.") == []


STATEMENT = """| Date | Description | Amount, UAH | Reference |
|---|---|---|---|
| 06.09.2024 | Transfer | +12 000.00 | MNB-240906-558712 |
| 07.09.2024 | SEPA transfer | +4 370.15 | SEPA-7F3K-22Q9 |
| 10.09.2024 | Transfer via Wise | +1 820.40 | WISE-1147750932 |
| 09.09.2024 | Pharmacy | −8 940.00 | — |"""


def test_a_statement_s_transfer_references_are_financial():
    text = markdown.scan_text(STATEMENT, "docs/en/testimonies/x.md", Registry(), language="en", testimony=True)[1]
    references = [(h.value, h.kind, h.rule) for h in text if h.rule == "payment.reference"]
    assert references == [("MNB-240906-558712", "financial", "payment.reference"),
                          ("SEPA-7F3K-22Q9", "financial", "payment.reference"),
                          ("WISE-1147750932", "financial", "payment.reference")]


def test_a_reference_column_without_amounts_is_no_payment():
    # a tracing request's references (a person's, so still reported: as a national register's)
    table = "| Person | Reference |\n|---|---|\n| (withheld) | UA-22-ZAP-017305 |"
    hits = markdown.scan_text(table, "docs/en/testimonies/x.md", Registry(), language="en", testimony=True)[1]
    assert [(h.value, h.kind) for h in hits] == [("UA-22-ZAP-017305", "national_id")]


def test_a_donation_table_s_receipts_and_a_receipt_in_prose_are_financial():
    """A "Receipt" column beside amounts, and "receipt 0.0.…" in a sentence (fictional); a
    receipt that is only a word («чек потерялся») is not a number."""
    table = ("| Date | Donor | Amount | Receipt |\n|---|---|---|---|\n"
             "| 03.04.2024 | (withheld) | €500 | SEPA-240403-88213 |\n"
             "| 11.04.2024 | (withheld) | UAH 10,000 | P24A3107728815D4420 |\n\n"
             "Paid on 8 April, receipt 0.0.3512874409.1. Then: чек потерялся, есть выписка (30 000 ₽).")
    hits = markdown.scan_text(table, "docs/en/testimonies/x.md", Registry(), language="en", testimony=True)[1]
    assert [(h.value, h.kind) for h in hits if h.rule == "payment.reference"] == [
        ("SEPA-240403-88213", "financial"), ("P24A3107728815D4420", "financial"), ("0.0.3512874409.1", "financial")]


def test_a_column_of_file_numbers_or_national_numbers_names_one_person_a_cell():
    """«| File No. |» … «| Г-0937 |»; a "PESEL" column's cell whatever its check digit (fictional)."""
    table = ("| Name | Place | Article | File No. | PESEL (Poland) |\n|---|---|---|---|---|\n"
             "| (withheld) | SIZO-1 | 207.3 | Г-0937 | 90071501231 |\n| (withheld) | SIZO-1 | none | unknown | — |")
    hits = markdown.scan_text(table, "docs/en/testimonies/x.md", Registry(), language="en", testimony=True)[1]
    assert [(h.value, h.kind) for h in hits] == [("Г-0937", "national_id"), ("90071501231", "national_id")]


def test_a_register_column_names_one_person_a_cell_and_its_number_is_found_again_elsewhere():
    """A parish book's «| Register no. |» column; the same entry in a margin note, a chart number
    inside an X-ray's file name; never the first digits of a card (fictional)."""
    page = ("| Register no. | Child | Born |\n|---|---|---|\n| B-27/2011 | (withheld) | 2011 |\n\n"
            "Note in the margin of B-27/2011, in the hand of my predecessor.\n\n"
            "| Chart No. | K-20417 |\n|---|---|\n\nFiles: RX_2019_K-20417_OPG.dcm, K-20417a.\n\n"
            "Card: ~~5375~~ and then 5375 4107 4290 8590 from the update.")
    hits = markdown.scan_text(page, "docs/en/testimonies/x.md", Registry(), language="en", testimony=True)[1]
    numbers = [(h.value, h.rule) for h in hits if h.kind == "national_id"]
    assert ("B-27/2011", "id.column") in numbers and ("B-27/2011", "id.repeated") in numbers
    assert numbers.count(("K-20417", "id.repeated")) == 1           # not in "K-20417a"
    assert [h.value for h in hits if h.kind == "financial"] == ["5375 4107 4290 8590"]


def test_a_messenger_export_s_account_id_is_the_sender_s_account():
    """«"from_id": "user6120448731"» in a Telegram JSON export (fictional)."""
    export = '{\n   "actor_id": "user6120448731",\n   "from_id": "user5839201174"\n}'
    hits = markdown.scan_text(export, "docs/en/testimonies/x.md", Registry(), language="en", testimony=True)[1]
    assert [(h.value, h.kind) for h in hits] == [("user6120448731", "social_handle"), ("user5839201174", "social_handle")]


def test_a_number_after_a_word_for_an_account_a_loan_or_a_transfer_is_money_s():
    """(fictional) An old-style account number, a loan contract's, a transfer's reference; a
    Ukrainian number written without its +; not a passport after a sentence about an account; a
    money order's number («перевод» there, not a translation)."""
    page = ('The deposit went to the account "on demand" No. 26305004188220 under the contract.\n\n'
            "5. **Car loan** under contract No. AK-77/2021-0933; collateral: a car.\n\n"
            "From the additional card, reference TRN 0412-77810-5, made on time.\n\n"
            "I sent it to my account. His passport No. 123456789 was taken.\n\n"
            "The file has the numbers without spaces, such as `380983410726`.\n\n"
            "| Номер перевода | 00274900/1124/0387 |")
    hits = markdown.scan_text(page, "docs/en/testimonies/x.md", Registry(), language="en", testimony=True)[1]
    assert [(h.value, h.kind) for h in hits] == [
        ("26305004188220", "financial"), ("AK-77/2021-0933", "financial"), ("0412-77810-5", "financial"),
        ("123456789", "national_id"), ("380983410726", "phone"), ("00274900/1124/0387", "financial")]


def test_an_insurance_policy_s_row_holds_each_driver_s_number():
    """An accident report's "| Policy |" row (fictional numbers); not a privacy policy's text."""
    report = "| | Driver A | Driver B |\n|---|---|---|\n| Policy | ЕР-218734519 | ЕР-220591036 |\n\nSee our policy 2024."
    hits = markdown.scan_text(report, "docs/en/testimonies/x.md", Registry(), language="en", testimony=True)[1]
    assert [(h.value, h.rule) for h in hits] == [("ЕР-218734519", "id.column"), ("ЕР-220591036", "id.column")]


def test_a_code_column_in_a_table_of_clients_names_each_one():
    """A consultations log's "| Code | Client |" (fictional); not a product's code."""
    log = ("| Code | Client | Category |\n|---|---|---|\n| ZP-0412 | (withheld) | search |\n\n"
           "| Code | Product |\n|---|---|\n| AB-1234 | tea |")
    hits = markdown.scan_text(log, "docs/en/testimonies/x.md", Registry(), language="en", testimony=True)[1]
    assert [(h.value, h.rule) for h in hits] == [("ZP-0412", "id.column")]


def test_numbers_shaped_like_a_found_document_number_on_its_line_or_in_its_column_are_ones_too():
    """A smuggled note's list of prisoner numbers, one OCR'd; a table column of a court's material
    numbers (fictional)."""
    page = ("- The prisoner numbers: my brother 40-1172, Andriy 40-1180, Yurii 40-1191.\n\n"
            "Our numbers: me No 40-1172, Andriy 4O-ll8O.\n\n"
            "| Date | Court | Material No. | Term until |\n|---|---|---|---|\n"
            "| 19.12.2022 | district court | 3/1-214/2022 | February 2023 |\n"
            "| 13.06.2023 | Kyivskyi district court | 3/10-401/2023 | September 2023 |\n\n"
            "Cells 12-15, years 2020-2024.")
    hits = markdown.scan_text(page, "docs/en/testimonies/x.md", Registry(), language="en", testimony=True)[1]
    siblings = sorted({h.value for h in hits if h.rule == "id.sibling"})
    assert siblings == ["3/10-401/2023", "40-1180", "40-1191", "4O-ll8O"]
    assert not any(h.value in ("12-15", "2020-2024") for h in hits)


def test_an_age_after_a_name_found_and_a_family_named_by_its_surname():
    """"Host sister Lena, 16." after a name the page found; "the Webers" after "Jörg Weber"
    (fictional); not a date, a count, or a people."""
    page = ("Host family: Katrin and Jörg Weber. Host sister Lena, 16. Local coordinator.\n\n"
            "The Webers are kind. The Russians came. Olena Kovalenko, 2 children. Petro Bondar, 16 March. "
            "— a message from Hanna Koval, 11:42")
    hits = markdown.scan_text(page, "docs/en/testimonies/x.md", Registry(), language="en", testimony=True)[1]
    assert sorted((h.value, h.rule) for h in hits if h.rule in ("age.after_name", "name.repeated")) == [
        ("16", "age.after_name"), ("Webers", "name.repeated")]


def test_a_column_of_codes_in_rows_that_name_people_is_a_register_s():
    """A cemetery's plots and a colony's printout of prisoner numbers lined up with spaces
    (fictional); not a column of dates, months or spans of years, nor codes in rows that name no one."""
    page = ("| 14-01-03 | Oleh Vasylovych Marchenko | 22.05.1971 |\n| 14-01-04 | Yevhen Petrenko | 03.03.1999 |\n\n"
            "118  Hnatiuk O. P.   A-2207    03.02.2024  withheld\n"
            "119  Lysenko V. V.   A-2231    03.02.2024  withheld\n\n"
            "| 2022-03 | Olena Kovalenko | 1941-2024 |\n| 2023-04 | Petro Bondar | 1950-2023 |\n\n"
            "| AB-1234 | tea |\n| AB-1240 | coffee |")
    hits = markdown.scan_text(page, "docs/en/testimonies/x.md", Registry(), language="en", testimony=True)[1]
    assert sorted(h.value for h in hits if h.rule == "id.row_key") == ["14-01-03", "14-01-04", "A-2207", "A-2231"]


@pytest.mark.parametrize("text, codes", [
    # an archive's shelfmark of one person's file
    ("The file is kept at the State Archive, shelfmark f. R-1479, op. 2, spr. 833.", ["f. R-1479, op. 2, spr. 833"]),
    ("Реабілітаційна справа: ф. Р-1479, оп. 2, спр. 833; фонд 6, опис 1, справа 12.",
     ["ф. Р-1479, оп. 2, спр. 833", "фонд 6, опис 1, справа 12"]),
    # a prisoner's own number, however said, and its correction; not a place in a queue, a year, a phone
    ("His prisoner number in the colony in Mordovia is No. 1127.", ["1127"]),
    ("I was in barrack four, my number there was 231... no, 213.", ["231", "213"]),
    ("«Мне до сих пор снится, что я номер 1142». В Новозыбкове я был номер 1142.", ["1142", "1142"]),
    ("Наглядачі кликали нас за номерами. Мій був Ж-311.", ["Ж-311"]),
    ("My number in the queue was 12. Mine was 2022.", []),
    # a number the sentence says is one's own, then a colon; one instead of a name; in a colony
    ("They gave me a number here, I must say it every morning: No. 1183, Melnyk.", ["1183"]),
    ("In Taganrog I had a number instead of a name: No. 4-117. Там у меня вместо фамилии был номер 4-117.",
     ["4-117", "4-117"]),
    ("Номер ув'язненого у виправній колонії ІК-10 — 3386. Номер у Димы там был 14-087.", ["3386", "14-087"]),
    ("Номер телефону: 067 123 45 67. Номер квартиры был 112.", []),
    ("Его номер в колонии — Б-2390. Номер маминой карточки спецпоселенки был СП-4417. Номер квартиры был 112.",
     ["Б-2390", "СП-4417"]),
    # a lawyer's warrant and register, a translator's certificate, a certificate's number with a
    # letter after its year; not an organisation's registration code
    ("warrant No. 0345 issued by the Bar Association. Reference in the lawyer's register: RK-0442.",
     ["0345", "RK-0442"]),
    ("Свидетельство переводчика № TR-1142. СПРАВКА № 118/24-М.", ["TR-1142", "118/24-М"]),
    ("Registered in the Unified State Register, EDRPOU code 40621844.", []),
    # a student's record book; a medical card's code with Cyrillic letters in it
    ("Студентський квиток, залікова книжка № 20-МБ-047.", ["20-МБ-047"]),
    ("номер її медичної карти ЗП-КЛ3-2024-08812 — якщо", ["ЗП-КЛ3-2024-08812"]),
])
def test_shelfmarks_a_prisoner_s_own_number_and_student_records(text, codes):
    hits = markdown.scan_text(text, "docs/uk/testimonies/x.md", Registry(), language="uk", testimony=True)[1]
    assert [h.value for h in hits if h.kind == "national_id"] == codes


def test_a_number_after_the_number_sign_is_a_document_s_and_his_number_may_be_a_phone():
    hits = markdown.scan_text("The receipt was № 85-0291744. His number was 066 180 27 45, it's in my phone.",
                              "docs/en/testimonies/x.md", Registry(), language="en", testimony=True)[1]
    assert [(h.value, h.kind) for h in hits] == [("85-0291744", "national_id"), ("066 180 27 45", "phone")]


def test_a_payment_s_transaction_id_and_reference_are_money():
    """A charity's receipt (fictional): the transaction ids in its table, a transfer's reference
    after the amount paid; "TXN" numbers are no phone numbers."""
    page = ("| Date | Card | Amount | Transaction |\n|---|---|---|---|\n"
            "| 19.11.2024 | (withheld) | 40.00 EUR | TXN 88310427716 |\n\n"
            "| Bank transaction ID | SEPA-20241105-7D3K9QX41 |\n|---|---|\n\n"
            "We paid from my account, 412 EUR, reference TRF-240514-88317.")
    hits = markdown.scan_text(page, "docs/en/testimonies/x.md", Registry(), language="en", testimony=True)[1]
    assert [(h.value, h.kind) for h in hits if h.kind != "exact_date"] == [
        ("88310427716", "financial"), ("SEPA-20241105-7D3K9QX41", "financial"), ("TRF-240514-88317", "financial")]


def _page_hits(page: str, language: str):
    """The hits of a whole testimony page in `language`, page-wide passes included."""
    return markdown.scan_text(page, f"docs/{language}/testimonies/x.md", Registry(), language=language, testimony=True)[1]


def test_a_profile_s_age_after_its_role_and_a_child_s_in_a_signature():
    """An HR list's profiles and a radio's letters (fictional): the age after the role phrase
    that follows the name, a signature's "Katia B., 11"; not a distance, a term, a street."""
    page = ("**Tetiana Hrabovska.** Our accountant, 38. She stayed.\n\n"
            "**Ruslan Abdullaiev.** Electrician, 51 when he was taken.\n\n"
            "From a girl who signs as \"Katia B., 11\". Hello.\n\n"
            "**@velo_kh** (Andrii Moroz) — Morning ride, 42.7 km.\n\n"
            "A site lists Marko: \"sentenced, 14 years\".\n\n"
            "Hanna Koval lives at Sadova, 12.")
    hits = _page_hits(page, "en")
    assert [h.value for h in hits if h.kind == "age"] == ["38", "51", "11"]


def test_a_number_repeated_in_a_link_s_path_and_a_table_s_numbered_cells():
    """A notice of suspicion's case number again in the scan's address; a checklist's prisoner
    numbers «№ 7715» in their column (fictional); not a colony's or an order's number."""
    page = ("Criminal case No. 12402350001000117 was opened.\n\n"
            "Scan: [page 1](https://files.example.org/case/12402350001000117/p1.pdf)\n\n"
            "| Name | Held in | Prisoner / record no. | Colony |\n|---|---|---|---|\n"
            "| Mykola Verbytskyi | Mordovia | № 7715 | № 1010 |\n\n"
            "| Order | Date |\n|---|---|\n| № 5518 | May |")
    hits = _page_hits(page, "en")
    assert [(h.value, h.rule) for h in sorted(hits, key=lambda h: h.start) if h.kind == "national_id"] == [
        ("12402350001000117", "id.case"), ("12402350001000117", "id.repeated"), ("№ 7715", "id.numbered_cell")]


def test_a_utility_s_account_column_is_money_whatever_its_numbers_look_like():
    """A water utility's complaint log (fictional): its account numbers look like a landline
    or pass a tax number's checksum; a column of "Number / account" holds phones."""
    page = ("| Caller | Account | Phone |\n|---|---|---|\n| Shevchuk Nadiia | 0410237751 | 050 417 28 36 |\n\n"
            "| Абонент | Особовий рахунок |\n|---|---|\n| Гаврилюк Надія | 2301458872 |\n\n"
            "| Saved as | Number / account |\n|---|---|\n| Halia | 0503187264 |")
    hits = _page_hits(page, "uk")
    assert [(h.value, h.kind) for h in hits if h.kind in ("financial", "phone", "national_id")] == [
        ("0410237751", "financial"), ("050 417 28 36", "phone"), ("2301458872", "financial"), ("0503187264", "phone")]


def test_a_table_s_user_name_and_extension_columns_and_a_building_s_flats():
    """An auction's buyers, an office's birthday calendar, a parking lot's owners (fictional):
    the user names and the extensions under their headers, a building and a flat without the
    street; not a capitalised word in the user name column, nor a square metre."""
    page = ("| Buyer | User name |\n|---|---|\n| Mykhailo Horbenko | mhorbenko |\n| Olena Vas | Will |\n\n"
            "| Who | Ext. | Mobile |\n|---|---|---|\n| Zoia Marchenko | 201 | +380 67 530 12 74 |\n\n"
            "| Owner | Flat |\n|---|---|\n| Hennadii Bondar | block 5, flat 12 |\n\n"
            "Будинок 12, кв.м 45.\n\nКорп. 2, кв. 145 — сусіди. Київ, буд. 3, кв. 9.")
    hits = _page_hits(page, "en")
    assert [(h.value, h.rule) for h in hits if h.rule in ("social.username", "phone.extension", "address.flat")] == [
        ("mhorbenko", "social.username"), ("201", "phone.extension"), ("block 5, flat 12", "address.flat"),
        ("Корп. 2, кв. 145", "address.flat")]


def test_a_clinic_s_patient_numbers_a_card_before_a_day_and_a_reviewer_s_page():
    """An optician's cards and an auction's payments, a map's reviews (fictional)."""
    page = ("| Patient no. | OPT-0412 |\n|---|---|\n\nКарточка ОК-3318. Пресбиопия.\n\n"
            "Заплатив з картки 4276 8837 1558 6333 21 квітня 2023 р.\n\n"
            "**Olena Kravets** · [@olena_kr_77](https://maps.example.app/contrib/olena_kr_77) · 12 March 2023")
    hits = _page_hits(page, "uk")
    assert [(h.value, h.kind) for h in hits if h.kind in ("national_id", "financial", "social_handle")] == [
        ("OPT-0412", "national_id"), ("ОК-3318", "national_id"), ("4276 8837 1558 6333", "financial"),
        ("@olena_kr_77", "social_handle"), ("https://maps.example.app/contrib/olena_kr_77", "social_handle")]


def test_a_roster_s_staff_numbers_a_passport_column_and_a_clinic_s_history_numbers():
    """A tram depot's roster, a summons register, a hospital's transfer list (fictional): staff
    numbers, a passport split like a phone, a local landline alone in the phone column, a case
    history's number; a person's own act and the number he was called by; not an incident's act."""
    page = ("| Driver | Staff No. | Phone |\n|---|---|---|\n| Ihor Savchuk | 40317 | 42-18-77 |\n\n"
            "| Name | Russian passport |\n|---|---|\n| Hordiichuk Oleksandr | 90 23 418 552 |\n\n"
            "| ФИО | № истории болезни |\n|---|---|\n| Диденко Роман Васильевич | 1902/22 |\n\n"
            "Його акт, 615/2023-ОП, влаштовує його. Кликали тільки за номером, 14-0271.\n\n"
            "**АКТ № 17/2022 про надзвичайну подію**")
    hits = _page_hits(page, "uk")
    assert [(h.value, h.kind) for h in sorted(hits, key=lambda h: h.start) if h.kind in ("national_id", "phone")] == [
        ("40317", "national_id"), ("42-18-77", "phone"), ("90 23 418 552", "national_id"), ("1902/22", "national_id"),
        ("615/2023-ОП", "national_id"), ("14-0271", "national_id")]


def test_a_concert_programme_s_ages_and_a_forum_post_s_author():
    """An orchestra's bios (fictional): the age that starts the sentence after the name's, an
    age in words in the name's sentence, two grandparents' ages; a forum post's author before
    the time; not a clinic's number nor a weight said in words."""
    page = ("**Oksana Marchuk**, violin and artistic direction. 47, born in Haisyn.\n\n"
            "**Daryna Kravets**, flute, seventeen. The daughter.\n\n"
            "**Looking for Hanna and Mykola Syrotiuk**, our grandparents, 79 and 82, from Mala Bilozerka.\n\n"
            "The family doctor Nataliia Petrivna Shevchuk (outpatient clinic no. 2, Bucha).\n\n"
            "Oleh said: I weighed fifty-four kilos. Before, ninety.\n\n"
            "**lisovyk77** · 20.09.2023, 07:30\n\nThey came at night.")
    hits = _page_hits(page, "en")
    assert [h.value for h in hits if h.kind == "age"] == ["47", "seventeen", "79 and 82"]
    assert [h.value for h in hits if h.kind == "social_handle"] == ["lisovyk77"]


def test_an_account_repeated_in_a_list_keeps_its_kind_and_a_list_of_tax_numbers():
    """A gas company's round sheet and a household survey (fictional): an account number from
    the table's account column, repeated in a list, is the account and not the landline its
    digits could dial; the second number of a list of tax numbers is one too, check digit or not."""
    page = ("| Account no. | Subscriber |\n|---|---|\n| 0412078833 | Kuzmenko V. P. |\n\n"
            "- 0412078833 (Kuzmenko): last payment in March 2022.\n\n"
            "Tax numbers (RNOKPP) were asked only for the aid payment: 2785519043 (head of household), "
            "8003881975 (daughter-in-law). Phone 0671234567.")
    hits = _page_hits(page, "en")
    assert [(h.value, h.kind) for h in sorted(hits, key=lambda h: h.start) if h.kind != "person_name"] == [
        ("0412078833", "financial"), ("0412078833", "financial"), ("2785519043", "national_id"),
        ("8003881975", "national_id"), ("0671234567", "phone")]


def test_a_list_on_cigarette_paper_a_play_room_sheet_and_a_well_committee():
    """(fictional) A released prisoner's list: "Number 3418." as a sentence of its own and again
    later; a play-room sheet's "6 yrs"; a well committee's yards («| Двір |» … «| Центральна, 2 |»);
    a printout's columns three spaces apart are not one name with the street after it; an
    application's number; not a museum's entry number."""
    page = ("1. Pavlo Hrebeniuk, \"Hreben\", 44, Enerhodar. Number 3418. Operator at the plant.\n\n"
            "The wife of number 3418 picked up.\n\n"
            "| Date | Child | Age |\n|---|---|---|\n| 06.11 | Marko Tymoshchuk | 6 yrs |\n\n"
            "| Двір | Хто дав | Сума |\n|---|---|---|\n| Центральна, 2 | Кузьменко Г. О. | 2 000 |\n| Червоний Хрест | — | 100 |\n\n"
            "No.  Date        Client                   Address\n"
            "112  02.02.2022  Savchuk Petro           Soborna St. 118, apt 4\n\n"
            "- Артемьев Г. — заявочный номер TWL-0412.\n\n**№ 112.** Людмила принесла шахматы.")
    hits = _page_hits(page, "en")
    found = [(h.value, h.kind) for h in sorted(hits, key=lambda h: h.start)
             if h.kind in ("national_id", "age", "street_address") or h.value == "Savchuk Petro"]
    assert found == [("44", "age"), ("3418", "national_id"), ("3418", "national_id"), ("6 yrs", "age"),
                     ("Центральна, 2", "street_address"), ("Savchuk Petro", "person_name"),
                     ("Soborna St. 118, apt 4", "street_address"), ("TWL-0412", "national_id")]


def test_an_age_after_a_name_with_a_cut_patronymic_or_an_abbreviated_unit():
    """(fictional) «Белов Артём Дм., 19 лет           паспорт», «дочь Гончарова Алёна 31 г. vk…»;
    not «Иван Петров 5 лет сидел» (a term) or «с Алёной Гончаровой 3 года назад»."""
    text = ("21203   Белов Артём Дм., 19 лет           паспорт\n\n"
            "FieldValue: дочь Гончарова Алёна 31 г. vk.com/x; муж\n\n"
            "Иван Петров 5 лет сидел. Я говорила с Алёной Гончаровой 3 года назад.")
    hits = markdown.scan_text(text, "docs/ru/testimonies/x.md", Registry(), language="ru", testimony=True)[1]
    assert sorted(h.value for h in hits if h.rule == "age.after_name") == ["19 лет", "31 г."]


def test_an_age_after_a_name_and_a_dash_a_bracket_or_an_abbreviation():
    """(fictional) «Артур Дорошенко — 32, з Мелітополя», «Игорь Ляшенко (39 лет, +380…)»,
    «Смирнова Валентина Ивановна, 77 л.»; not «Иван Петров — 5 раз» or «Иван Петров (2022, Херсон)»."""
    text = ("Артур Дорошенко — 32, з Мелітополя.\n\nИгорь Ляшенко (39 лет, +380 50 614 29 08) рассказал.\n\n"
            "| К-07 | Смирнова Валентина Ивановна, 77 л. | ХОБЛ |\n\nИван Петров — 5 раз звонил. Иван Петров (2022, Херсон).")
    hits = markdown.scan_text(text, "docs/ru/testimonies/x.md", Registry(), language="ru", testimony=True)[1]
    assert sorted(h.value for h in hits if h.rule == "age.after_name") == ["32", "39 лет", "77 л."]


def test_an_age_after_a_name_at_a_moment():
    """(fictional) "Bohdan Yarema, 26 when he was taken", «Клименко, 77 лет на момент вывоза»;
    not "5 times when asked"."""
    text = ("Bohdan Yarema, 26 when he was taken. Tall.\n\nВалентина Семёновна Клименко, 77 лет на момент "
            "вывоза.\n\nOlena Koval, 5 times when asked.")
    hits = markdown.scan_text(text, "docs/ru/testimonies/x.md", Registry(), language="ru", testimony=True)[1]
    # (the years at a moment are an age wherever they stand: the moment's own rule may find them first)
    assert sorted(h.value.split()[0] for h in hits if h.kind == "age") == ["26", "77"]


def test_ages_in_a_register_and_nicknames_repeated_on_the_page():
    """(fictional) "Kovalchuk Diana    11 y.", "Yatsenko Maksym, 10 y.", "Babenko Halyna 72 yrs";
    a nickname found in its column ("DanyaTokmak") is the same account wherever the page repeats it."""
    text = ("1. Kovalchuk Diana    11 y.   b/c\n\npatient:     Yatsenko Maksym, 10 y.\n\n"
            "customer: Babenko Halyna Ivanivna 72 yrs   tel\n\n"
            "| Нік | Хто |\n|---|---|\n| DanyaTokmak | Данило Рудь |\n\n"
            "```\n[21:14:02] <DanyaTokmak> привіт\n```")
    hits = markdown.scan_text(text, "docs/uk/testimonies/x.md", Registry(), language="uk", testimony=True)[1]
    assert sorted(h.value for h in hits if h.kind == "age") == ["10 y.", "11 y.", "72 yrs"]
    assert [h.value for h in hits if h.kind == "social_handle"] == ["DanyaTokmak", "DanyaTokmak"]


def test_an_age_after_a_name_and_a_dash_with_its_unit():
    """(fictional) «КРАВЧУК Ф.А. - 81 рік, сам приїхав»; not a term on the line («дали 7 лет, …
    Сидорову - 5 лет»)."""
    text = ("5 - КРАВЧУК Ф.А. - 81 рік, сам приїхав на велосипеді\n\n"
            "Алёше Петрову дали 7 лет, Ивану Сидорову - 5 лет, это всё")
    hits = markdown.scan_text(text, "docs/uk/testimonies/x.md", Registry(), language="uk", testimony=True)[1]
    assert [h.value for h in hits if h.kind == "age"] == ["81 рік"]
