"""Testimony detector (pii_guard/detectors/testimony.py): exact dates and exact ages.

Sentences are fictional; none comes from a real testimony.
Run: .venv/bin/python -m pytest tests/guard/test_testimony_rules.py -q
"""
from __future__ import annotations

import datetime as _dt

from pathlib import Path

import pytest

from pii_guard.detectors import testimony
from pii_guard.model import KINDS, ScanContext
from campaign_texts import CAMPAIGN_TEXTS, FILLER

CTX = ScanContext(testimony=True)

DATE_CASES = [
    # (fictional) a poster's capitals; a camp's shift from one day to another; dates listed after a
    # date; a day and month after "called" before a full stop; a receipt's "date:" (front matter's
    # is ISO)
    ("VOTING FEBRUARY 11, ROOM 14", [("FEBRUARY 11", "exact_date", "date.day")]),
    ("CAMP \"Luchistyi\" (Yevpatoria)   06.10 - 27.10", [("06.10", "exact_date", "date.day"), ("27.10", "exact_date", "date.day")]),
    ("(заявки 30.04, 03.05) — НЕ его", [("30.04", "exact_date", "date.day"), ("03.05", "exact_date", "date.day")]),
    ("прийом о 10.05 - 12.10", []),
    ("Vitalik called 1.12. Says thanks", [("1.12", "exact_date", "date.day")]),
    ("date: 21.09.2022             Sobornyi prospekt", [("21.09.2022", "exact_date", "date.day")]),
    ("date: 2024-05-12", []),
    # a genealogy export's (GEDCOM) dates; not its other fields
    ("0 @I0042@ INDI\n1 BIRT\n2 DATE 14 OCT 1931\n2 PLAC Melitopol\n1 CHAN\n2 DATE ABT 1930",
     [("14 OCT 1931", "exact_date", "date.gedcom")]),
    # an e-mail header's date with the month abbreviated as Gmail writes it in Ukrainian
    ("Дата:   вт, 14 лис. 2023 р., 09:12", [("14 лис. 2023 р.", "exact_date", "date.day")]),
    # a mail client's abbreviated month without its full stop, before the year
    ("Дата:   сб, 16 ноя 2024, 23:41", [("16 ноя 2024", "exact_date", "date.day")]),
    # a date of birth in a CSV row, its commas glued to it
    ("returned_on,recipient,recipient_dob,colony,article\n2024-04-18,\"(withheld)\",12.04.1975,\"IK-10, Mordovia\",276",
     [("2024-04-18", "exact_date", "date.day"), ("12.04.1975", "exact_date", "date.day")]),
    # a photo's date as exiftool prints it; not a time
    ("`Date/Time Original : 2022:09:18 09:52:11`", [("2022:09:18", "exact_date", "date.day")]),
    ("at 12:30:45 the ratio was 2022:09", []),
    # a caption's day said as a cardinal after "born" (fictional)
    ("SPEAKER 1: Petruk Halyna born fourteen March sixty one I am", [("fourteen March", "exact_date", "date.birth")]),
    ("she was born in March, one May morning", []),
    # a day in a file's name (a scan's or a photo's); not a year alone, not a version
    ("![X-ray](img/xray-hnatiuk-2025-10-06.png) and ![scan](rtg-20251006.jpg)",
     [("2025-10-06", "exact_date", "date.day"), ("20251006", "exact_date", "date.day")]),
    ("![Рентгенограмма](img/rg-06-10-2025.png), report-2024.pdf, v1.2.2024.pdf", [("06-10-2025", "exact_date", "date.day")]),
    # a log's day and month before the time (not a decimal before one)
    ("| 15.05 09:12 | Оператор 7 | Передзвонила. Курс 12.50 14:00", [("15.05", "exact_date", "date.day")]),
    # a letter's own date line (a page's front matter writes its keys in lower case)
    ("Date: 12 February 2024\ndate: 2026-11-01", [("12 February 2024", "exact_date", "date.day")]),
    # an ISO timestamp's date
    ('    "created_at": "2024-11-04T09:17:22Z",', [("2024-11-04", "exact_date", "date.day")]),
    # a diary's day named by its weekday and ordinal; not "Monday the second group", "a Friday the
    # 13th" (a kind of day) (fictional)
    ("**Wednesday, the fourth.** Lidiia called. Friday the 13th: the call. On Monday the second group met; "
     "a Friday the 13th lol", [("fourth", "exact_date", "date.day"), ("13th", "exact_date", "date.day")]),
    ("**Среда, четвёртое.** Лидия. **Четвер, двадцять шосте.** Лист. Среда, четвёртое заседание.",
     [("четвёртое", "exact_date", "date.day"), ("двадцять шосте", "exact_date", "date.day")]),
    # a form export's timestamp with slashes; not a web address's path
    ("2023/12/04 09:14:52,h.v@example.com; see example.org/2023/12/04/post",
     [("2023/12/04", "exact_date", "date.day")]),
    # a date in a file's name; the day without its month where nothing else could be meant
    ("source: dzvinok_03-11-2025.txt   lang: uk", [("03-11-2025", "exact_date", "date.day")]),
    ("| `vidpovid_UFSIN_21.02.2024.jpg` | 640 КБ |", [("21.02.2024", "exact_date", "date.day")]),
    ("<!-- photo of the letter: IMG_20240311_scan.jpg -->", [("20240311", "exact_date", "date.day")]),
    ("`call_2025-02-19_0931.srt` · 00:12:40", [("2025-02-19", "exact_date", "date.day")]),
    ("mum has been waiting since the 23rd and nobody calls.", [("the 23rd", "exact_date", "date.day")]),
    # a day and a month after a signature or a commenter's name; not a price (fictional)
    ("> — Ms Deirdre O'Sullivan, 24/11", [("24/11", "exact_date", "date.day")]),
    ("Коментар Марти, 19.03: аптека дала знижку. Ціна, 12.50: ні.", [("19.03", "exact_date", "date.day")]),
    # a diary's day and Roman month; an X-ray's file name; not a chapter's section, not a king
    ("**22.IX** (written later). On 14.XI.2022 they moved us.", [("22.IX", "exact_date", "date.day"),
                                                               ("14.XI.2022", "exact_date", "date.day")]),
    ("Chapter 5.IV of the report; section 3.II; version 2.1; 31.II is no day", []),
    ("RX_20190314_K-20417_OPG.dcm", [("20190314", "exact_date", "date.day")]),
    ("Ми чекали з 9-го числа, потім поїхали.", [("9-го числа", "exact_date", "date.day")]),
    # a calendar file's events and a contact card's birthday; not the file's own stamp
    ("BEGIN:VEVENT\nDTSTAMP:20240301T120000Z\nDTSTART;VALUE=DATE:20240314\nDTSTART:20240305T093000\nBDAY:1979-06-14",
     [("20240314", "exact_date", "date.day"), ("20240305", "exact_date", "date.day"), ("1979-06-14", "exact_date", "date.day")]),
    # an address book's birthday after «д/р»
    ("- **Алка (завод)** — т. 4-17-92, д/р 2.01; д/р 25.09.", [("2.01", "exact_date", "date.birth"),
                                                              ("25.09", "exact_date", "date.birth")]),
    # a contract's day of every month is no one's date
    ("2. Плата — 14 000 гривен в месяц, до 5-го числа, на счёт. Вносится не позднее 5-го числа текущего месяца.", []),
    ("The 17th brigade, from the 14th century, pages 2-3-4.", []),
    ("Це сталося 12 березня 2023 року.", [("12 березня 2023 року", "exact_date", "date.day")]),
    ("Затримали 1 січня вранці", [("1 січня", "exact_date", "date.day")]),
    ("з 5–7 березня", [("5–7 березня", "exact_date", "date.day")]),
    ("Задержали 12-го марта", [("12-го марта", "exact_date", "date.day")]),
    # a day and a month without the year, where a date is expected; not a time or a price
    ("**12.05.** Опять туда.", [("12.05", "exact_date", "date.day")]),
    # a calendar's lines that open with their day and a dash, in every shorthand; not a section's
    # number, not a weight (fictional)
    ("- 2.02 — SBU, room 214\n- 8/4 — sent the form\n- 15 X 2024 — went to Kyiv\n- 5 III — the lawyer\n"
     "3.1 — Introduction\n- 12.5 — kg of flour",
     [("2.02", "exact_date", "date.day"), ("8/4", "exact_date", "date.day"), ("15 X 2024", "exact_date", "date.day"),
      ("5 III", "exact_date", "date.day")]),
    ("прем'єра 12 берез. 2025 р.", [("12 берез. 2025 р.", "exact_date", "date.day")]),
    # an attendance sheet's meetings as its header's columns; not a lone "1.5" (a version)
    ("| Имя | 2.10 | 9.10 |\n|---|---|---|\n| Роман | + | – |\n\n| v | 1.5 |\n|---|---|",
     [("2.10", "exact_date", "date.day"), ("9.10", "exact_date", "date.day")]),
    # after «с»; a diary's one-digit day before a dash; an ordinal day that ends the phrase (not a
    # school year's, not a year's)
    ("отсутствует с 07.10, «лагерь»\n1.02 — Solia's birthday!\nВага 1.02 — легка",
     [("07.10", "exact_date", "date.day"), ("1.02", "exact_date", "date.day")]),
    ("На блокпост 3 апреля и ещё раз 4-го. Весной 2024-го; до 9-го класса; с 10.00 до 18.00",
     [("3 апреля", "exact_date", "date.day"), ("4-го", "exact_date", "date.day")]),
    # a police protocol is no legal instrument; the American order of day and month
    ("The court has the protocol of 2 October 2022.", [("2 October 2022", "exact_date", "date.day")]),
    ("Posted 3/14/2022 at night.", [("3/14/2022", "exact_date", "date.day")]),
    ("Свидание согласовали на 15.02. Наступна зустріч — 26.11, після обіду.",
     [("15.02", "exact_date", "date.day"), ("26.11", "exact_date", "date.day")]),
    # a recipe notebook's margin: the day of a one-digit day between dashes or after «выпустили»
    # (fictional); not a price or a decimal
    ("> Белоус А. И. — 2.06 — Мелитополь\n> Шевченко Н. А. — 14.04 — выпустили 3.08\nЦена — 3.05 грн, от 1.10 до 1.25.",
     [("2.06", "exact_date", "date.day"), ("14.04", "exact_date", "date.day"), ("3.08", "exact_date", "date.day")]),
    ("О 10.05 прийшли. Ціна 12.05 грн. Стаття 12.05 КК.", []),
    # the day in words
    ("Його затримали третього травня, звільнили двадцять першого листопада 2022 року.",
     [("третього травня", "exact_date", "date.day"),
      ("двадцять першого листопада 2022 року", "exact_date", "date.day")]),
    ("Его задержали третьего мая.", [("третьего мая", "exact_date", "date.day")]),
    ("They came on the third of May; he was released May the fifth, 2023.",
     [("the third of May", "exact_date", "date.day"), ("May the fifth, 2023", "exact_date", "date.day")]),
    ("The Third Reich; in May; в мае 2022 года; третього дня.", []),
    ("это было 3 мая 2022 г.", [("3 мая 2022 г.", "exact_date", "date.day")]),
    ("on 12.03.2023 at night", [("12.03.2023", "exact_date", "date.day")]),
    ("on 12/03/2023", [("12/03/2023", "exact_date", "date.day")]),
    ("дата 12.03.23", [("12.03.23", "exact_date", "date.day")]),
    ("log 2023-03-12", [("2023-03-12", "exact_date", "date.day")]),
    ("on March 12, 2023 they came", [("March 12, 2023", "exact_date", "date.day")]),
    ("on March 12th they came", [("March 12th", "exact_date", "date.day")]),
    ("on 12 March 2023", [("12 March 2023", "exact_date", "date.day")]),
    ("14 Aug 2022 soldiers came", [("14 Aug 2022", "exact_date", "date.day")]),
    ("Нотатка: 5 вер. 2022 його забрали", [("5 вер. 2022", "exact_date", "date.day")]),
    ("письмо от 17 апр. 2022 г.", [("17 апр. 2022 г.", "exact_date", "date.day")]),
    ("on the 12th of March", [("the 12th of March", "exact_date", "date.day")]),
    ("by Dec. 5 it was over", [("Dec. 5", "exact_date", "date.day")]),
    # dates of birth at any precision
    ("народився 12.03.1987 у Харкові", [("12.03.1987", "exact_date", "date.birth")]),
    ("She was born on 12 March 1987.", [("12 March 1987", "exact_date", "date.birth")]),
    ("born in 1987", [("1987", "exact_date", "date.birth")]),
    ("born in March 1987", [("March 1987", "exact_date", "date.birth")]),
    ("народилася у березні 1987 року", [("березні 1987 року", "exact_date", "date.birth")]),
    ("чоловік 1987 року народження", [("1987 року народження", "exact_date", "date.birth")]),
    ("Іван, 1987 р.н.", [("1987 р.н.", "exact_date", "date.birth")]),
    ("Иван, 1987 г.р.", [("1987 г.р.", "exact_date", "date.birth")]),
    ("родилась в 1987 году", [("1987 году", "exact_date", "date.birth")]),
    ("DOB: 1987-03-12", [("1987-03-12", "exact_date", "date.birth")]),
    ("taken on 12 August 2022 from the Law faculty", [("12 August 2022", "exact_date", "date.day")]),
    # negatives: month or year precision, figures, versions, invalid dates
    ("in March 2023 they came", []),
    ("у березні 2023 року", []),
    ("в марте 2023 года", []),
    ("launched in January 2025; in 2022", []),
    ("At least 16,000 civilians, 20,000 children, 73 organisations", []),
    ("up to 16 hours a day; the 42nd Congress; Geneva Conventions", []),
    ("version 2026.11; 3.12.1; 1.2.23", []),
    ("31.02.2023 and 2023-13-01", []),
    ("May 2025 the campaign began", []),
    # negatives: dates of documents, not of people
    ("Geneva Conventions of 12 August 1949: Article 3", []),
    ("Закон України від 15.04.2014 № 1207-VII", []),
    ("Постанова Кабінету Міністрів України № 1234 від 12.03.2022; Order of the Ministry of Defence of 3 May 2023", []),
    # a decision, an order or a protocol no public body issued is one person's (fictional)
    ("**РЕШЕНИЕ № 2/1147 от 14 мая 2025 г.**; протокол задержания от 12.03.2024",
     [("14 мая 2025 г.", "exact_date", "date.day"), ("12.03.2024", "exact_date", "date.day")]),
    ("date: 2026-11-25", []),
    ("Accessed 25 November 2026.", []),
    # a clinic's "14-MAR-1973"; "the 2nd day of February"; a day and month after the event it dates,
    # after a year (a corrected date) or in a table's date column
    ("**Pt:** M · DOB 14-MAR-1973 · **Released:** 19-Oct-2025 (exchange)",
     [("14-MAR-1973", "exact_date", "date.birth"), ("19-Oct-2025", "exact_date", "date.day")]),
    ("a son who was taken on the 2nd day of February 1979, a teacher",
     [("the 2nd day of February 1979", "exact_date", "date.day")]),
    ("чоловік Сергій повернувся 14.08, не спить", [("14.08", "exact_date", "date.day")]),
    ("Дата задержания: 23 августа 2023 ~~22.08~~ [исправлено]",
     [("23 августа 2023", "exact_date", "date.day"), ("22.08", "exact_date", "date.day")]),
    ("| Кому | Когда | Что |\n|---|---|---|\n| Тимур | 06.09 | лекарства, 12.50 кг |",
     [("06.09", "exact_date", "date.day")]),
    # the day something happened to the person: a ward's admission, a list's last parcel (fictional)
    ("| Bed | Patient | Admitted |\n|---|---|---|\n| 1 | Hnatiuk V. P. | 14.10 |",
     [("14.10", "exact_date", "date.day")]),
    ("Price was 14.08 dollars; he returned 3.5 km away.", []),
]

DATE_CASES += [
    # a short year after two-digit day and month with "/"; one digit in a table cell; a form's «17»
    ("- detained 11/04/22 ~15:00 at CP nr Vasylivka", [("11/04/22", "exact_date", "date.day")]),
    # a chat export's short date, a time after it (fictional); not a version number
    ("5/14/22, 7:03 PM - Halia created group", [("5/14/22", "exact_date", "date.day")]),
    ("Version 1.2.23 is out.", []),
    ("| 7 | t.me/someone | 5.3.25 |", [("5.3.25", "exact_date", "date.day")]),
    ("Version 1.2.23 released.", []),
    # a month typed in lowercase ("may" is a verb first)
    ("**You:** 30 july 1990. He called on 2 april.", [("30 july 1990", "exact_date", "date.day"), ("2 april", "exact_date", "date.day")]),
    ("I 2 may come later.", []),
    ("| № | ПІБ | Дата |\n|---|---|---|\n| 7 | підпис | 6.03 |", [("6.03", "exact_date", "date.day")]),
    ("Протокол составлен «17» февраля 2023 г. в г. Мелитополь.", [("«17» февраля 2023 г.", "exact_date", "date.day")]),
]

AGE_CASES = [
    # (fictional) the years at the moment of an arrest; a term has no moment
    ("| Дата народження | 05.03.1984, 38 років на момент затримання |",
     [("05.03.1984", "exact_date", "date.day"), ("38", "age", "age.exact")]),
    ("Отримав 15 років на момент вироку", []),
    ("Nadiia was 34 at the time of her arrest.", [("was 34", "age", "age.exact")]),
    # the sentence ends on the number after "and is"; "then" before it
    ("Polina lives with her grandmother and is 12. She writes.", [("is 12", "age", "age.exact")]),
    ("I was then 57. They let me go.", [("was then 57", "age", "age.exact")]),
    # an emergency card's years and sex; not a ward's number, not a time
    ("A  54 y, male. KRAVETS Mykhailo", [("54", "age", "age.exact")]),
    ("Пацієнт: 71, жін., Шевчук", [("71", "age", "age.exact")]),
    ("female, 71, from Kherson", [("71", "age", "age.exact")]),
    ("Ward 3, male section; at 06:10, мужчина сказал; ADS-M, 0.5 ml", []),
    # a profile after a colon; not a sentence of a term
    ("из открытых источников: 23 года, Краснодар, страница", [("23", "age", "age.exact")]),
    ("Приговор: 15 лет, колония строгого режима", []),
    # a relative pronoun in the dative; a caption's first name "at 18"; a description after a dash
    ("фото Олександра з донькою Мілою, якій на ньому 4 роки;", [("4", "age", "age.exact")]),
    ("Maksym at 18 with his grandfather", [("18", "age", "age.exact")]),
    ("Kyiv at 25 degrees; Room at 14, then", []),
    ("у Ростові чи деінде в Росії — 68 років, невисока, сиве волосся", [("68", "age", "age.exact")]),
    ("Приговор — 15 лет, колония строгого режима", []),
    # parents' two ages; an ISO birth date and the years in brackets; a name with its initials;
    # twins' one age in the dative
    ("Ihor Klymenko's parents are 71 and 74 and cannot come", [("71 and 74", "age", "age.exact")]),
    ("The parents are 30 and more", []),
    ("#311  Dmytro Yaroshenko, b. 1979-04-12 (45)", [("1979-04-12", "exact_date", "date.day"), ("45", "age", "age.exact")]),
    ("Shevchuk M. I. is 52 and left", [("is 52", "age", "age.exact")]),
    ("Близнецам по 9 лет. Их мама", [("9", "age", "age.exact")]),
    ("Матвею в тот момент было 12, осенью исполнилось 13.", [("12", "age", "age.exact"), ("исполнилось 13", "age", "age.exact")]),
    ("В тот момент было 12 человек.", []),
    ("Andrii Lysenko from Melitopol, born 1988, so 36 now, diabetic too.",
     [("1988", "exact_date", "date.birth"), ("36", "age", "age.exact")]),
    # a hotline's shorthand after a name («л.», «р.»); not a time ago, not a year (fictional)
    ("дочь Настя 19 л., студентка", [("19 л.", "age", "age.exact")]),
    ("донька Настя 19 р. студентка. У Києві 5 р. тому. Указ 2022 р. Палить 25 р.", [("19 р.", "age", "age.exact")]),
    ("| 6 | Тетрадь 48 л., конверты | 1 + 10 |", []),
    # the twins' age, a plural "you" in a question; not a count of people
    ("Дарина и Ярина договаривают. Им шестнадцать лет, они учатся.", [("Им шестнадцать лет", "age", "age.exact")]),
    ("Вам было тринадцать, когда вы уехали. Нам было десять человек в камере.",
     [("Вам было тринадцать", "age", "age.exact")]),
    # an age in the genitive set off by commas after a name; since an age; not a term
    ("Владимир из Мелитополя, семидесяти лет, делился с ним. Давление у него с сорока лет. Срок, пяти лет, истёк.",
     [("семидесяти лет", "age", "age.exact"), ("сорока лет", "age", "age.exact")]),
    # two ages after "are"; not a count
    ("Our daughters are 15 and 11. The children are 30 in this class.", [("15 and 11", "age", "age.exact")]),
    # a person's age this year; not a count this year
    ("Как у мамы давление? Ей в этом году 78, пусть не носит воду. Нам в этом году 3 раза звонили.",
     [("78", "age", "age.exact")]),
    # the same age said again just after it; not a number of something else (fictional people)
    ("he was seventy-four, imagine, seventy-four, with his heart.", [("was seventy-four", "age", "age.exact"),
                                                                     ("seventy-four", "age", "age.repeated")]),
    ("Мне было пятьдесят два. Пятьдесят два года, а они мне мешок на голову",
     [("Мне было пятьдесят два", "age", "age.exact"), ("Пятьдесят два года", "age", "age.repeated")]),
    ("he was 74, and 74 km further on the road", [("was 74", "age", "age.exact")]),
    # after a name, "now" or in quotes
    ("Halyna Moskalenko, now 73, lives there.", [("now 73", "age", "age.exact")]),
    ("Галине Москаленко теперь семьдесят три, она живёт", [("семьдесят три", "age", "age.exact")]),
    # the age to come: "will turn", on a day of a month; a letter's "is 29 years"; an emoji after
    ("Sofiia will turn 12 on her birthday, buy her skates", [("12", "age", "age.exact")]),
    ("Ей уже 9, а в марте будет десять, а меня", [("Ей уже 9", "age", "age.exact"), ("десять", "age", "age.exact")]),
    ("Їй уже 9, 3 березня буде 10, а мене знову", [("Їй уже 9", "age", "age.exact"), ("3 березня", "exact_date", "date.day"),
                                                 ("10", "age", "age.exact")]),
    ("Поезд 3 марта будет 10 минут стоять.", [("3 марта", "exact_date", "date.day")]),
    ("His name is Artem, he is 29 years, thank him", [("is 29 years", "age", "age.exact")]),
    ("the last time he saw her she was six 💔", [("was six", "age", "age.exact")]),
    ("That is the last news. Hrytsenko would now be 57.", [("would now be 57", "age", "age.exact")]),
    ("He was 5 years in prison.", []),
    # two children's ages; not a range
    ("- Family: married, two children aged 9 and 14", [("aged 9 and 14", "age", "age.exact")]),
    ("- pupils aged 9 to 14", []),
    # ages in brackets after the children or a child; a plural's one number is how many (fictional)
    ("Nadiia Kushnir with two children (7 and 12) left. Her son (9) stayed. Children (2): see below.",
     [("7 and 12", "age", "age.exact"), ("9", "age", "age.exact")]),
    # … not a listing's count of testimonies ("Deported child (1)", «Депортована дитина (1)»)
    ("Deported child (1) · Relative of a captive (1) · Депортована дитина (1)", []),
    ("Надія з двома дітьми (7 і 12 років) виїхала.", [("7 і 12 років", "age", "age.exact")]),
    # children named by a plural, then their ages; a birthday's emoji after the years
    ("| 2 | Tetiana M. | Dnipro | daughters 4 and 12 |", [("4 and 12", "age", "age.exact")]),
    ("| 5 | Liliia | Lviv | twins, 2 years |", [("2 years", "age", "age.exact")]),
    ("муж в плену с апреля 2022 (Мариуполь); дочери 4 и 12 лет.", [("4 и 12 лет", "age", "age.exact")]),
    ("Today is her birthday! 78 years 🎂 Many years!", [("78 years", "age", "age.exact")]),
    # the age a person reached; a message's signature with its town and age; a wife in the dative
    ("Paraska lived to be 84. Прабабуся Ярина прожила 84 роки.", [("84", "age", "age.exact"), ("84 роки", "age", "age.exact")]),
    ("From Valentyna, Nikopol, 64. Report, Kharkiv, 2024. Kyiv, Ukraine, 12 — items.", [("64", "age", "age.exact")]),
    ("Сердце плохое. Жене 58 лет.", [("58 лет", "age", "age.exact")]),
    # the age then and the age when something else happened; a child with "own"; a name set off
    # by a possessive; a title before the dative name, a patronymic and surname after it, a dash
    # (fictional); not a prison term after another («дали 7 лет …, Эле — 5 лет»)
    ("He was 52 years old when he joined and 58 when the town was occupied.",
     [("52 years old", "age", "age.exact"), ("58", "age", "age.exact")]),
    ("My granddaughter Sofiika, Denys's daughter, is six and asks about her father.", [("is six", "age", "age.exact")]),
    ("Пану Юрію було 59, він жив через дорогу. Людмилі Степанівні Кучер 64. Юрію — 39, у нього хвора мати.",
     [("59", "age", "age.exact"), ("64", "age", "age.exact"), ("39", "age", "age.exact")]),
    ("Итог: Алёше дали 7 лет общего режима, Эле — 5 лет, сейчас оба в СИЗО.", []),
    # a name that is also a word, then its years (fictional)
    ("Вера Жук заказала платье. Вере было 39. Надії було мало.", [("39", "age", "age.exact")]),
    # a memorial book's age in a sentence of its own after the birth; not a count after it
    ("Born 14.09.1975. 46 years. Head of the council. Born in 1990. 12 people were there.",
     [("14.09.1975", "exact_date", "date.birth"), ("46 years", "age", "age.exact"), ("1990", "exact_date", "date.birth")]),
    ("Родился 14.09.1975. 46 лет. Born 1951. Seventy-one.",
     [("14.09.1975", "exact_date", "date.birth"), ("46 лет", "age", "age.exact"), ("1951", "exact_date", "date.birth"),
      ("Seventy-one", "age", "age.exact")]),
    # what the person is, then the age; the age then, set off by commas; the age to come in a season
    ("| 2 | (withheld) | pensioner, 68 years |", [("68 years", "age", "age.exact")]),
    ("Her son, then 9, was in the kitchen.", [("9", "age", "age.exact")]),
    ("Ему 24 года, летом будет 25.", [("Ему 24 года", "age", "age.exact"), ("25", "age", "age.exact")]),
    ("He is 24 years old, will be 26 in summer. The bus will be 25 minutes late.",
     [("24 years old", "age", "age.exact"), ("26", "age", "age.exact")]),
    # an age in the genitive after a name that is the second word
    ("7. Отрока Льва, шестнадцати лет, вывезенного в Россию.", [("шестнадцати лет", "age", "age.exact")]),
    # how many children, then each one's age; children in the dative plural; not a term or a count
    ("Двое детей — 10 и 15 лет. Трое суток — 2 и 5 часов.", [("10 и 15 лет", "age", "age.exact")]),
    ("- дети: трое, 14, 9 и 3 г.", [("14, 9 и 3 г.", "age", "age.exact")]),
    ("Дітям 10 і 15 років, онукам 4 і 7. Дітям дали по 6 років.",
     [("10 і 15 років", "age", "age.exact"), ("4 і 7", "age", "age.exact")]),
    # the age to come in so many weeks; not a count to come
    ("через две недели будет 66. Через неделю будет 66 страниц.", [("66", "age", "age.exact")]),
    # "who is" after a first name; the person a statement is about
    ("Yaryna who is 14 and Lev who is 9. The narrator is now 86. The price is now 87.",
     [("is 14", "age", "age.exact"), ("is 9", "age", "age.exact"), ("is now 86", "age", "age.exact")]),
    ("Our children 2 or 3 times a week; sons 3 to 5 of them; the children, 30.", []),
    # a photo's day in its file name, underscores and all
    ("| 2 | scars, left thigh | lysenko_20240612_05.jpg |", [("20240612", "exact_date", "date.day")]),
    ("- Сім'я: одружений, двоє дітей віком 10 і 15 років", [("віком 10 і 15 років", "age", "age.exact")]),
    ("Marta was 19 when she was detained and is 21 now.", [("was 19", "age", "age.exact"), ("is 21", "age", "age.exact")]),
    # an age in brackets after a name, with more after a comma
    ("about Kateryna Marchenko (12, from Oleshky district) or Vlad", [("12", "age", "age.exact")]),
    ("о Екатерине Марченко (12 лет, Алешковский район) или", [("12 лет", "age", "age.exact")]),
    # a baby's months: in an age column, in one word
    ("| No | Passenger | Age |\n|---|---|---|\n| 9 | Vira L., on lap | 11 months |", [("11 months", "age", "age.exact")]),
    # a CSV's header transliterated
    ("n,propavshii,inn,vozrast,adres\n1,\"Bondar\",2703643491,48,\"Kyiv\"", [("48", "age", "age.exact")]),
    ("вивезли десятимісячним разом з матір'ю", [("десятимісячним", "age", "age.exact")]),
    ("пройшов тримісячний курс", []),
    ('an older man, Stepan Hryhorovych, "fifty-eight, a driver"', [('"fifty-eight', "age", "age.exact")]),
    # the age at the time of the event; a person of so many years (genitive); "a boy of seven"
    ("| Дата рождения | 3 мая 1979 г. (на момент исчезновения 44 лет) |", [("3 мая 1979 г.", "exact_date", "date.day"),
                                                                          ("44 лет", "age", "age.exact")]),
    ("Пані Ткач на момент затримання було 41, у неї син п'яти років.", [("41", "age", "age.exact"),
                                                                      ("п'яти років", "age", "age.exact")]),
    ("| Born | 1983 (41 at the time of arrest) |", [("41", "age", "age.exact")]),
    ("приходит семья с лежачим мужчиной шестидесяти двух лет", [("шестидесяти двух лет", "age", "age.exact")]),
    ("a family with a grandmother of seventy-four and a boy of six", [("seventy-four", "age", "age.exact"),
                                                                      ("six", "age", "age.exact")]),
    ("a mother of three, a grandmother of five, a man of his word", []),
    ("Засуджений до п'яти років позбавлення волі", []),
    # the years, a name in the dative, the verb; the oldest, his age; him at a number no hour reaches
    ("Сорок лет Степану исполнилось в колонии.", [("Сорок лет", "age", "age.exact")]),
    ("Petro was the oldest, 63, a retired driver.", [("63", "age", "age.exact")]),
    ("a photo of him at 22, before the war; meet me at 10 or at 19:30", [("22", "age", "age.exact")]),
    ("and grace is when Dido, who's seventy-two, sings", [("who's seventy-two", "age", "age.exact")]),
    ("> DAD I AM 11 AND A HALF NOW. I LOVE YOU.", [("AM 11", "age", "age.exact")]),
    ("> ТАТУ МЕНІ ВЖЕ 9 З ПОЛОВИНОЮ.", [("МЕНІ ВЖЕ 9", "age", "age.exact")]),
    ("Вопрос психологу: дочке 7, не спит.", [("7", "age", "age.exact")]),
    # the birthday, then the age it brings; the number, then the verb; a table cell's end; "would have been"
    ("Dad's birthday is 8 August, 53 this year.", [("8 August", "exact_date", "date.day"), ("53", "age", "age.exact")]),
    ("У папы день рождения 9 мая, будет 61. Надо успеть.", [("9 мая", "exact_date", "date.birth"), ("61", "age", "age.exact")]),
    ("| Дата | (14 виповнилося там, у таборі) |", [("14", "age", "age.exact")]),
    ("| 23.12.2024 | в СИЗО ему исполнилось 52 |", [("23.12.2024", "exact_date", "date.day"), ("исполнилось 52", "age", "age.exact")]),
    ("В понедельник ему исполнилось бы 58. Покойся с миром.", [("ему исполнилось бы 58", "age", "age.exact")]),
    # the age now, in the next sentence
    ("Тоді йому було сорок. Зараз сорок два, а почувається старим.", [("йому було сорок", "age", "age.exact"),
                                                                    ("сорок два", "age", "age.exact")]),
    # one-word ages and relative pronouns (uk, ru); a term of years is no age
    ("Дванадцятирічну дитину вивезли", [("Дванадцятирічну", "age", "age.exact")]),
    ("Двенадцатилетнюю девочку вывезли", [("Двенадцатилетнюю", "age", "age.exact")]),
    ("двадцятип'ятирічна жінка", [("двадцятип'ятирічна", "age", "age.exact")]),
    ("бабуся, якій 68 років, шукала", [("якій 68 років", "age", "age.exact")]),
    ("бабушка, которой 68 лет, искала", [("которой 68 лет", "age", "age.exact")]),
    ("засуджений на п'ятирічний термін", []),
    ("пятилетний срок заключения", []),
    ("десятирічна річниця", []),
    ("He was 42 years old.", [("42 years old", "age", "age.exact")]),
    ("a 42-year-old man", [("42-year-old", "age", "age.exact")]),
    ("aged 42, he", [("aged 42", "age", "age.exact")]),
    ("at the age of 42", [("age of 42", "age", "age.exact")]),
    ("He was detained at age 42.", [("age 42", "age", "age.exact")]),
    ("Чоловікові, Олегові, тоді було п'ятдесят два.", [("п'ятдесят два", "age", "age.exact")]),
    ("синові зараз двадцять чотири роки; у полоні", [("двадцять чотири роки", "age", "age.exact")]),
    ("У Харкові тоді було двадцять два.", []),
    ("Батькові дали п'ять років.", []),
    ("Брату 31 рік, а виглядає старшим.", [("31 рік", "age", "age.exact")]),
    # the relative's name between («Мамі Наталії Іванівні»), not a sentence («Сину дали 15 років»)
    ("Мамі Наталії Іванівні сімдесят.", [("сімдесят", "age", "age.exact")]),
    ("Сину дали 15 років суворого режиму.", []),
    # «Матери 68 лет» (fictional); not the genitive after a preposition
    ("Он сказал так. Матери 68 лет, у неё аритмия.", [("68 лет", "age", "age.exact")]),
    ("у матери 68 лет стажа", []),
    # a first name and a surname in the dative straight before the years (fictional)
    ("Алле Прийме 63 года, она ходила на занятия.", [("63 года", "age", "age.exact")]),
    # the age at death; "who are 11"; the years a date of birth gives "at registration" (fictional)
    ("Motria died in the nursing home in December 2023, at 89. Her son did not know.", [("89", "age", "age.exact")]),
    ("He died at 16:40 in the ward.", []),
    # a forensic note's sex and years; a person, a short aside, the years; a granny in the dative
    ("- Male, 58 according to the paper: Zhuk Mykola.", [("58", "age", "age.exact")]),
    ("Female, 34. Male, 40-45, no documents. Male, 1.82 m.", [("34", "age", "age.exact")]),
    ("Мужчина, по бумаге 66 лет: Рыбак.", [("66 лет", "age", "age.exact")]),
    ("Чоловік, за папером 63 роки.", [("63 роки", "age", "age.exact")]),
    ("Женщина, которая 20 лет работала в школе.", []),
    # a name and patronymic in the dative; a surname in -ові; a time before «було» (fictional)
    ("Эскендеру Ремзиевичу 45. Его забрали из дома.", [("45", "age", "age.exact")]),
    ("Лук'яненкові п'ятдесят п'ять. Він просив записати.", [("п'ятдесят п'ять", "age", "age.exact")]),
    ("Оксані тієї весни було 24.", [("24", "age", "age.exact")]),
    ("Харкові тієї весни було 24 градуси.", []),
    # the age at which a person was taken (fictional); not an hour, not a year
    ("| 2 | Георгий Чумаченко | гражданский, забрали в двадцать |", [("двадцать", "age", "age.exact")]),
    ("Его забрали в 5 утра. Его забрали в 2022. Забрал в 14:30 у больницы.", []),
    ("| 2 | Bohdan Yaremchuk | civilian, was 19 when taken |", [("19", "age", "age.exact")]),
    # a form's label whose words have an apostrophe
    ("Вік під час інтерв'ю: 18", [("Вік під час інтерв'ю: 18", "age", "age.exact")]),
    ("«№ 3 — бабі Лук'яненко 88, сама не дійде».", [("88", "age", "age.exact")]),
    ("Larysa left with the twins, who are 11. She left me keys.", [("are 11", "age", "age.exact")]),
    ("- **Date of birth:** 19 April 1979 (44 at registration)", [("19 April 1979", "exact_date", "date.day"),
                                                                  ("44", "age", "age.exact")]),
    # the age at which something happened; "At 5," is a time
    ("At 17, Danylo was taken from the school.", [("17", "age", "age.exact")]),
    ("At 5, the shelling started again.", []),
    ("У 17 років його забрали зі школи.", [("У 17 років", "age", "age.exact")]),
    ("В 17 лет его забрали из школы.", [("В 17 лет", "age", "age.exact")]),
    ("Засудили до 10 років, у 5 років позбавлення волі не зарахували.", []),
    # an age between commas after a person noun or a single first name
    ("The boy, just 9, was separated from his mother.", [("just 9", "age", "age.exact")]),
    ("Хлопчик, лише 9 років, лишився сам.", [("лише 9 років", "age", "age.exact")]),
    ("Yuliia, 41, a nurse from Mariupol, spent 8 months there.", [("41", "age", "age.exact")]),
    ("Articles 5, 12, and 14 apply; Kherson, 41, Lviv.", []),
    ("She is now 34 and lives in Poltava.", [("is now 34", "age", "age.exact")]),
    # a parenthesis or a comma after the subject; a relative as the subject; a label with a colon
    ("Mum (Halyna Petrivna) was 71 last week.", [("was 71", "age", "age.exact")]),
    ("The son, Maksym, is 12 and knows only that.", [("is 12", "age", "age.exact")]),
    ("My wife is 55 and I am 61, we wait.", [("is 55", "age", "age.exact"), ("am 61", "age", "age.exact")]),
    ("- Age when last seen: 58", [("Age when last seen: 58", "age", "age.exact")]),
    ("Дата народження: 12.09.1975 (вік — 49 років)",
     [("12.09.1975", "exact_date", "date.birth"), ("вік — 49 років", "age", "age.exact")]),
    ("Правнучка Софійка, їй 4 рочки.", [("їй 4 рочки", "age", "age.exact")]),
    ("Йому тоді було 21 год, а в ноябрі вже 24 буде.",
     [("Йому тоді було 21 год", "age", "age.exact"), ("24", "age", "age.exact")]),
    # a person named by a noun in the dative; not «дали» ("they gave")
    ("Ваша честь, моей подзащитной 43 года, у неё дочь.", [("43 года", "age", "age.exact")]),
    ("Лідії Андріївні 68 років, у неї діабет.", [("68 років", "age", "age.exact")]),
    ("Сину дали 15 років. Через 5 лет. Колонии 10 лет.", []),
    # a pair of ages; "since"; a verb before a dash or in the infinitive; an age after "now, …, already"
    ("Алёше дали 7 лет, Эле — 5 лет. Им 34 и 28 лет соответственно.", [("Им 34 и 28 лет", "age", "age.exact")]),
    ("Степан і Галина Оліфіренки, 60 і 57 років.", [("60 і 57 років", "age", "age.exact")]),
    ("\"Did she say 52? He's 53 since Sunday.\"", [("He's 53", "age", "age.exact")]),
    ("Мне здесь исполнилось сорок один — ты знаешь.", [("исполнилось сорок один", "age", "age.exact")]),
    ("Сьогодні Богданові мало б виповнитися двадцять шість.",
     [("виповнитися двадцять шість", "age", "age.exact")]),
    ("Йому було одинадцять, а тепер, якщо живий, уже чотирнадцять.",
     [("Йому було одинадцять", "age", "age.exact"), ("чотирнадцять", "age", "age.exact")]),
    # an abbreviated unit after a name; a table cell; a house and a flat are an address
    ("Звернулася Гребенюк Оксана Василівна, 58 р., шукає сина.", [("58 р.", "age", "age.exact")]),
    ("| «дед Жора» (Георгий Павлович), 74 г. | СИЗО-4 |", [("74 г.", "age", "age.exact")]),
    ("Живу на Независимой Украины, 21, кв. 6.", []),
    # the number before the verb; full years; then and now; a first name in the dative
    ("Тож тридцять один мені виповнилося вже там.", [("тридцять один мені виповнилося", "age", "age.exact")]),
    ("Дата рождения: 11.03.1957, полных 66 лет.",
     [("11.03.1957", "exact_date", "date.birth"), ("полных 66 лет", "age", "age.exact")]),
    ("Ему двадцать пять было, сейчас двадцать шесть уже.",
     [("Ему двадцать пять", "age", "age.exact"), ("двадцать шесть", "age", "age.exact")]),
    ("Димочке 39 лет, а я пишу о нём как о ребёнке.", [("39 лет", "age", "age.exact")]),
    ("В Москве 800 лет истории.", []),
    # a first name no dictionary knows (surzhyk, a nickname), with its unit of years; not a town
    ("Сьогодні Сірьожі 48 год. Свічку запалила.", [("48 год", "age", "age.exact")]),
    ("Бердянську 200 років, а Мелітополю 240.", []),
    # a name, where the person is from, the age; a name ending in an initial
    ('"Zhenia Bilyk from Irpin, 44, still inside"', [("44", "age", "age.exact")]),
    ("a pupil of the parallel class, Polina S., 10 at the time, who cried", [("10 at the time", "age", "age.exact")]),
    ("We drove from Kharkiv, 44 km, then stopped.", []),
    # a spelled age from thirty up after "at" / «в», then "with" or a pause (not an hour, not a noun)
    ("a man who comes back at forty-one with the body of an old man", [("forty-one", "age", "age.exact")]),
    ("мужик, который возвращается в сорок четыре с телом старика", [("сорок четыре", "age", "age.exact")]),
    ("It was at forty degrees. В сорок раз больше. У сорок хвилин.", []),
    # a sentence that is a number, after one about someone's age
    ("Ryzhyi was the youngest. Nineteen, with hair the colour of a fox.", [("Nineteen", "age", "age.exact")]),
    ("Вчора був його день народження. Тридцять два. Я плакала.", [("Тридцять два", "age", "age.exact")]),
    ("The oldest cell. Twelve men in it. The youngest guard. Then we went.", []),
    # a relative in the possessive or with "who"; "he'll be"; "already" after the age
    ("He has a daughter who is nine and who asks me.", [("is nine", "age", "age.exact")]),
    ("Volodya's mother is 78 and she asks me every day.", [("is 78", "age", "age.exact")]),
    ("Zhenia's birthday is in April, he'll be 27: we'll bake the cake.", [("he'll be 27", "age", "age.exact")]),
    ("Denis was a driver, 22 at the time, now he is 25 already.",
     [("22 at the time", "age", "age.exact"), ("is 25", "age", "age.exact")]),
    ("The station's number is 12. A girl who is 5 feet tall. My son who was 3 km away.", []),
    # children's ages listed; an age before a bracket or a new sentence; a bracket after the name
    ("- дети: трое, 14, 9 и 3 г.", [("14, 9 и 3 г.", "age", "age.exact")]),
    ("| 10 | Дячук Роман, 17 р. (за згодою матері) |", [("17 р.", "age", "age.exact")]),
    ("сусід, дід Панас (Опанас Гнатович Кваша), 81 р. Бачив 2 машини", [("81 р.", "age", "age.exact")]),
    # a day and month before «будет»; a name no dictionary knows before the age to come; a
    # diminutive that is also an adjective («мішані»: mixed) before a birthday's emoji
    ("Кирюше 2 апреля будет 24, а он в камере", [("2 апреля", "exact_date", "date.day"), ("24", "age", "age.exact")]),
    ("Денчику в сентябре будет 27, хочу весточку", [("27", "age", "age.exact")]),
    ("Сьогодні Мішані 39 🎂🙏", [("39", "age", "age.exact")]),
    # «тут» between the pronoun and the age; a person described by the years of age
    ("Мені тут 38 стукнуло в березні.", [("Мені тут 38", "age", "age.exact")]),
    ("у камері залишилась жінка 62 років із цукровим діабетом", [("62 років", "age", "age.exact")]),
    ("Чоловік 20 років сидів у колонії, жінка 5 років у полоні.", []),
    # a CSV pasted into the text: its age column, its ISO dates after a comma (quotes respected)
    ('row,name,dob,age_at_release,taken\n1,"Hnatenko, Ivan M.",1958-10-11,65,2022-03-29\n'
     '2,"Shevchuk, Oleksii",1987-05-02,36,2022-04',
     [("1958-10-11", "exact_date", "date.day"), ("65", "age", "age.exact"), ("2022-03-29", "exact_date", "date.day"),
      ("1987-05-02", "exact_date", "date.day"), ("36", "age", "age.exact")]),
    ("№;ПІБ;Вік;Статус\n1;Коваленко Степан;64;звільнений\n2;Бойко Ганна;~70;невідомо",
     [("64", "age", "age.exact")]),
    ("We had 3, 4, 5, 6 parcels.\nThen 7, 8, 9 and 10 more.", []),
    # a form's row after its number; "full years"; a label, a colon; ", who is"; the eldest, the
    # little one; the number before «было когда забрали»; «щас»
    ("| 6 | Age at the time of disappearance | 31 |", [("31", "age", "age.exact")]),
    ("| Full years at the time of disappearance | 41 (forty-one) |",
     [("41", "age", "age.exact"), ("forty-one", "age", "age.exact")]),
    ("6. Вік на момент зникнення: 28 років", [("Вік на момент зникнення: 28 років", "age", "age.exact")]),
    ("Talked about his daughter Sonia, who is 17 and studies in Kraków.", [("is 17", "age", "age.exact")]),
    ("Діти на мені. Старшому 17, малій 9. Малій документи треба.", [("17", "age", "age.exact"), ("9", "age", "age.exact")]),
    ("**Вы:** 47 было когда забрали, щас уже 48", [("47", "age", "age.exact"), ("48", "age", "age.exact")]),
    ("Их было 5 когда забрали машину. The group, who were 12 in all.", []),
    # a hedge or an emoji after the age; «тут»; a possessive or «из которых» after the relative;
    # the age to come in a month; a question's guess; an unknown diminutive after a birthday
    ("Ему тогда было 27 вроде. Напишу в лс.", [("Ему тогда было 27", "age", "age.exact")]),
    ("Торт купили. Йому 30 💔", [("Йому 30", "age", "age.exact")]),
    ("Деду тут 80, а он ещё всех нас переплывал.", [("80", "age", "age.exact")]),
    ("Внуку его четыре года вроде, он всё время", [("четыре года", "age", "age.exact")]),
    ("воспитывает четверых детей, младшему из которых 2 года. Жена", [("2 года", "age", "age.exact")]),
    ("Максимку скільки зараз, дев'ять? Він казав шо в серпні буде десять.",
     [("дев'ять", "age", "age.exact"), ("десять", "age", "age.exact")]),
    ("Последний день рождения дома. Никитосу 25 🎂", [("25", "age", "age.exact")]),
    ("Скільки людей, двадцять? ДР Діми, 15.11. Торт.", [("15.11", "exact_date", "date.day")]),
    # a name, a dash, the age with its unit (not a term); the age when taken, after the event;
    # "yrs old"
    ("Маша — 34 года, астма!! В списке", [("34 года", "age", "age.exact")]),
    ("Місце 7. Іван Іванович — 70 років, інвалід.", [("70 років", "age", "age.exact")]),
    ("Строк — 5 лет, колония. Киев — 40 лет назад.", []),
    ("Йому 21 рік уже, а забрали, коли було 19.", [("Йому 21 рік", "age", "age.exact"), ("19", "age", "age.exact")]),
    ("Ours has a daughter, Sofiia, 9 yrs old, staying with grandma.", [("9 yrs old", "age", "age.exact")]),
    # a podcast's timestamps; a letter's enclosures counted in sheets
    ("- 03:20 — Как Илью задержали, утро\n- **41:15** — Надежда и вера", []),
    ("1. Доверенность от Кравченко Л. С. — 1 л.\n2. Копия паспорта Кравченко В. А. — 2 л.", []),
    # «электрик.» is not «ИК» (a colony): the list item's age stands
    ("* **Витёк** — Энергодар, электрик. 36 лет. Статья не знаю.", [("36 лет", "age", "age.exact")]),
    # between commas: after a name, an occupation, with a number in words; not a term
    ("3. Остап Ярема, двадцать лет ровно — отмечали.", [("двадцать лет ровно", "age", "age.exact")]),
    ("**Назар**, дев'ятнадцять, строковик з Волині.", [("дев'ятнадцять", "age", "age.exact")]),
    ("Морпіх, 23 роки, з Миколаєва.", [("23 роки", "age", "age.exact")]),
    ("Привели дівчину, зовсім молоденьку, двадцять два, її взяли.", [("двадцять два", "age", "age.exact")]),
    ("Гриша Левин из Петербурга, ст. 280.3 УК РФ, 6 лет.", []),
    ("Суд мені дали ще\nвосени, 12 років, по ст. 275.", []),
    ("Пробыл в плену, два года, потом обмен. Раз, два, три, чотири.", []),
    # a form's row labelled with the age
    ("| Field | Value |\n|---|---|\n| Date of birth / age | 04.09.1964 / 58 |",
     [("04.09.1964", "exact_date", "date.day"), ("58", "age", "age.exact")]),
    ("Сыну сейчас 19 лет.", [("19 лет", "age", "age.exact")]),
    ("Василеві сьогодні виповнилося б сорок.", [("сорок", "age", "age.exact")]),
    ("Ему было 58 — инфаркт.", [("Ему было 58", "age", "age.exact")]),
    ("Sych turned 24 in custody.", [("turned 24", "age", "age.exact")]),
    ("He is 64 and his memory is failing.", [("is 64", "age", "age.exact")]),
    ("The car turned 90 degrees.", []),
    ("| Name | Born / age | City |\n|---|---|---|\n| Hanna | 58 | Sumy |\n| Petro | 40–50 | Kyiv |",
     [("58", "age", "age.exact")]),
    ("| Рік | Кількість |\n|---|---|\n| 2022 | 58 |", []),
    # two ages in one cell, or one with "at the time"; not "17 or 18" (a guess is a range)
    ("| Name | Born / age |\n|---|---|\n| Hanna and Petro | 58 and 55 |\n| Ivan | 19 at the time |\n| Olha | 17 or 18 |",
     [("58", "age", "age.exact"), ("55", "age", "age.exact"), ("19", "age", "age.exact")]),
    ("| ПІБ | Вік |\n|---|---|\n| Ганна і Петро | 58 і 55 років |\n| Іван | тоді було 19 |",
     [("58", "age", "age.exact"), ("55 років", "age", "age.exact"), ("19", "age", "age.exact")]),
    # an age written in the column of dates of birth
    ("| ФИО | Дата рождения |\n|---|---|\n| Г. Р. | 45 лет |\n| М. Я. | 21.06.1989 |",
     [("45 лет", "age", "age.exact"), ("21.06.1989", "exact_date", "date.day")]),
    ("She lived to be a hundred years old.", [("a hundred years old", "age", "age.exact")]),
    ("forty-two years old", [("forty-two years old", "age", "age.exact")]),
    ("a 7 y.o. girl", [("7 y.o.", "age", "age.exact")]),
    ("Мені 42 роки.", [("Мені 42 роки", "age", "age.exact")]),
    ("Йому було 42.", [("Йому було 42", "age", "age.exact")]),
    ("їй виповнилося 19 років", [("їй виповнилося 19 років", "age", "age.exact")]),
    ("42-річна жінка", [("42-річна", "age", "age.exact")]),
    ("у віці 42 років", [("у віці 42 років", "age", "age.exact")]),
    ("Ему 42 года.", [("Ему 42 года", "age", "age.exact")]),
    ("ей было 42, когда", [("ей было 42", "age", "age.exact")]),
    ("42-летний мужчина", [("42-летний", "age", "age.exact")]),
    ("в возрасте 42 лет", [("в возрасте 42 лет", "age", "age.exact")]),
    # an age after "було/было" or "в свои", in digits or in words
    ("Оксані тоді було 42 роки.", [("було 42 роки", "age", "age.exact")]),
    ("Соні було п'ятнадцять років.", [("було п'ятнадцять років", "age", "age.exact")]),
    ("Ей было девятнадцать лет.", [("Ей было девятнадцать лет", "age", "age.exact")]),
    ("Їй було сорок два роки", [("Їй було сорок два роки", "age", "age.exact")]),
    ("В свои 82 года она", [("В свои 82 года", "age", "age.exact")]),
    ("Двадцатилетнего Антона задержали", [("Двадцатилетнего", "age", "age.exact")]),
    ("ему тогда был 51 год.", [("был 51 год", "age", "age.exact")]),
    ("ей исполнилось семьдесят два, а в ноябре", [("исполнилось семьдесят два", "age", "age.exact")]),
    ("у свої 62 ще працював на пристані", [("у свої 62", "age", "age.exact")]),
    ("A: I was seventy-one. I told them", [("was seventy-one", "age", "age.exact")]),
    ("she had just turned 17 when they came", [("had just turned 17", "age", "age.exact")]),
    ("Maksym is fifteen, Sofiia is ten.", [("is fifteen", "age", "age.exact"), ("is ten", "age", "age.exact")]),
    ("He's only 22.", [("He's only 22", "age", "age.exact")]),
    ("Мне шестьдесят один, говорю.", [("Мне шестьдесят один", "age", "age.exact")]),
    ("Andrii Fedorchuk, 31, a pharmacist", [("31", "age", "age.exact")]),
    ("Кирилл Пономаренко, 14 лет, вывезен", [("14 лет", "age", "age.exact")]),
    # negatives: ranges, bounds, durations, figures
    ("in her forties", []),
    ("aged 40–49", []),
    ("40–49 years", []),
    ("40–49 years old", []),
    ("40–49-річні", []),
    ("йому під 50", []),
    ("їй за сорок", []),
    ("older than 60", []),
    ("over 60 years old", []),
    ("more than 18 years old", []),
    ("ему больше 60 лет", []),
    ("42 роки в полоні", []),
    ("Це було 5 років тому.", []),
    ("Камера на восемь мест, нас было одиннадцать.", []),
    ("у свої 5 місяців", []),
    ("I was 5 minutes late.", []),
    ("aged 7 to 15; all of them were under 18", []),
    ("It is 5, and the score is 3.", []),
    ("вул. Шевченка, 12, кв. 5", []),
    ("Это был 2022 год.", []),
    ("Відтоді минуло 3 роки.", []),
    ("їм 73 організації", []),
    ("age group 40-49", []),
    ("up to 16 hours a day, 20,000 children, 73 organisations", []),
    # spoken ages: a filler, "being", "will be", an age said twice, "and then"
    ("He was forty-seven then, he's, um, forty-nine now. Forty-nine, yes.",
     [("was forty-seven", "age", "age.exact"), ("he's, um, forty-nine", "age", "age.exact"),
      ("Forty-nine", "age", "age.exact")]),
    ("My son is not old, being but forty-six, yet his lungs were weak.", [("being but forty-six", "age", "age.exact")]),
    ("Dima will be 29 in November, we want him home.", [("will be 29", "age", "age.exact")]),
    ("He turned 33 in captivity, and then 34. The children know his voice.",
     [("turned 33", "age", "age.exact"), ("34", "age", "age.exact")]),
    ("an old woman of seventy-four years who never wrote", [("seventy-four years", "age", "age.exact")]),
    ("little Sashko is nine years of age", [("nine years of age", "age", "age.exact")]),
    ("a sentence of 10 years in a colony", []),
    # notes and forms: y/o, brackets after a name or with a unit, a dotted leader
    ("**Pt:** KOVALENKO, Serhii V. · M · 52 y/o", [("52 y/o", "age", "age.exact")]),
    ("lives with wife + son Bohdan (17), daughter in Warsaw", [("17", "age", "age.exact")]),
    ("живёт с дочерью и внучкой Соней (7). Просит", [("7", "age", "age.exact")]),
    ("**Гусейнов Тимур Рашидович** (34 года)", [("34 года", "age", "age.exact")]),
    ("засуджений до позбавлення волі (5 років)", []),
    ("see page 12 (3) and Chapter (14)", []),
    ("Вік сина .......... 40 (виповнилось у неволі)", [("40", "age", "age.exact")]),
    # pronouns before a bracket or a conjunction; «ныне», «має … років», «… лет исполнилось»,
    # «года от роду», a name in the dative with the month before «будет»
    ("ему 44, ей 41 («напишите „за сорок“»)", [("ему 44", "age", "age.exact"), ("ей 41", "age", "age.exact")]),
    ("Федір Гончаренко, йому 71 і в нього діабет", [("йому 71", "age", "age.exact")]),
    ("Ему ныне пятьдесят семь лет, у него диабет.", [("Ему ныне пятьдесят семь лет", "age", "age.exact")]),
    ("внук Глебушка, которому семнадцать, помогает", [("которому семнадцать", "age", "age.exact")]),
    ("Онук Максим має вісімнадцять років, вчиться в Одесі.", [("має вісімнадцять років", "age", "age.exact")]),
    ("Він має 10 років досвіду роботи.", []),
    ("Валентине Ивановне восемьдесят лет исполнилось в марте.", [("восемьдесят лет", "age", "age.exact")]),
    ("тощий, рыжий, двадцати одного года от роду, с привычкой", [("двадцати одного года от роду", "age", "age.exact")]),
    ("Тимуру в марте будет 35, хочу, чтобы он был дома.", [("35", "age", "age.exact")]),
    # a list of people, one per item: a number alone between the item's separators is an age;
    # not a range, a term, a count, a law, a cell
    ("4. **Mykhailo Ostapenko** — 63, from Vasylivka. Former policeman.", [("63", "age", "age.exact")]),
    ("3. **Kulyk's neighbour Artem** — I only know first name. Young, 19 or 20. From Hola Prystan.",
     [("19 or 20", "age", "age.exact")]),
    ("* **Лозовой Степан Ильич** — Бердянск, 59 л. Рыбак.", [("59 л.", "age", "age.exact")]),
    ("- **Дід Федір** — «Федя», так всі звали. Вісімдесят один рік!!! З Каховки.",
     [("Вісімдесят один рік", "age", "age.exact")]),
    ("1. **Сергій Олійник** з Маріуполя, водій, десь 40–45 років. Просив передати.", []),
    ("5. Гриша Левин из Петербурга, ст. 280.3 УК РФ, 6 лет. Срок — 12 лет.", []),
    ("- Камера 12, третий этаж. Нас было: 9.", []),
    ("- 2022: 16 civilians, 20 children; ratio 1.5, 2.5.", []),
    # an age in other words: "turns", «… живу», «вже … років», «… мальчику», «Маме 65 будет»
    ("Dad turns sixty in January. I want him home.", [("sixty", "age", "age.exact")]),
    ("Восемьдесят два года живу, такого не видела.", [("Восемьдесят два года", "age", "age.exact")]),
    ("Він вже чотирнадцять років, високий як батько.", [("Він вже чотирнадцять років", "age", "age.exact")]),
    ("Суд. Двадцать четыре года мальчику и 12 лет строгого режима.",
     [("Двадцать четыре года", "age", "age.exact")]),
    ("«Маме 65 будет в мае.»", [("65", "age", "age.exact")]),
    # a table's "Age now" column after its "Born" column; a GFM rule row with one dash a cell
    ("| Pupil | Born | Age now |\n|---|---|---|\n| Kravets Danylo | 2009 | 16 |\n| Hasanov Emil | 2011 | fourteen |",
     [("16", "age", "age.exact"), ("fourteen", "age", "age.exact")]),
    ("| № | ФИО | Возраст |\n|:-:|---|---|\n| 1 | Дорошенко Игорь | 41 |", [("41", "age", "age.exact")]),
    # a birthday list's column of the age to be (fictional)
    ("| Date | Who | Turning |\n|---|---|---|\n| 9 November | Lev Yaroshenko (bass) | 45 |",
     [("9 November", "exact_date", "date.day"), ("45", "age", "age.exact")]),
    ("| Дата | Кто | Исполняется |\n|---|---|---|\n| — | маленькая Соломия | 3 года |", [("3 года", "age", "age.exact")]),
    # an age after the pronoun: the age to come; before «и она …»
    ("на твой день рождения тебе будет двадцать шесть, и я приеду", [("тебе будет двадцать шесть", "age", "age.exact")]),
    ("Говорил, ей семь и она уже читает.", [("ей семь", "age", "age.exact")]),
    # twins' age, each of them; an age and a half after a name (fictional); not a sentence
    ("Близнецы Бондарь. Им было по шесть, неразлучные. Нам дали по пять лет.",
     [("Им было по шесть", "age", "age.exact")]),
    ("Yelyzaveta Horbenko, 5 and a half, the one who hugged everyone.", [("5 and a half", "age", "age.exact")]),
    # the age today after the pronoun; a daughter in a dialect's dative; a descriptor between the
    # name and the age (fictional)
    ("Ему сегодня пятьдесят три. Донці зараз 16, коли мене забрали.",
     [("Ему сегодня пятьдесят три", "age", "age.exact"), ("16", "age", "age.exact")]),
    ("Oleh Savchyn, a young guy, 23, a programmer", [("23", "age", "age.exact")]),
    # what the person is, with its article, between the name and the age; "now" after the age;
    # "that summer"; the subject's apposition before "was"; not a town's population (fictional)
    ("Tetiana Zubko, a teacher of English, fifty-two, and Andrii Pylypchuk, forty-one now, tall.",
     [("fifty-two", "age", "age.exact"), ("forty-one now", "age", "age.exact")]),
    ("Taras was 34 that summer. Natalia Kuzmenko, the only woman in the list, was 29. "
     "Kyiv, the capital, 3 million people.", [("was 34", "age", "age.exact"), ("was 29", "age", "age.exact")]),
    ("Наталії Кузьменко, єдиній жінці у списку, було 34. Вона стріляла.", [("34", "age", "age.exact")]),
    # "and was 68 that year" after the subject's clause; an in-law; the age to come "by then"
    ("Our mother, who is diabetic and was 68 that year. My father-in-law was 63 and died. I will be sixty-four "
     "by then. I will be there by then; he will be 10 minutes late.",
     [("was 68", "age", "age.exact"), ("was 63", "age", "age.exact"), ("will be sixty-four", "age", "age.exact")]),
    # what the person is after a possessive; a bride; an age in words in brackets; the verb's
    # other tenses; not a time after a date in a list (fictional)
    ("Kateryna, his daughter, is 15. The bride is 19. Mr Shapoval (seventy-five) called. The shop (one of two) closed.",
     [("is 15", "age", "age.exact"), ("is 19", "age", "age.exact"), ("seventy-five", "age", "age.exact")]),
    ("Виктору вчера исполнился 31 год. Ему исполнялось 25.",
     [("31 год", "age", "age.exact"), ("Ему исполнялось 25", "age", "age.exact")]),
    # the age to come, the age now, a correction; a clause between the pronoun and the verb
    ("Мне семьдесят семь, в декабре семьдесят восемь будет.",
     [("Мне семьдесят семь", "age", "age.exact"), ("семьдесят восемь будет", "age", "age.exact")]),
    ("he was thirty-eight when they took him, now is 41. A driver.",
     [("was thirty-eight", "age", "age.exact"), ("41", "age", "age.exact")]),
    ("Мені сімдесят три года, нет, вже сімдесят чотири — в березні було.",
     [("Мені сімдесят три года", "age", "age.exact"), ("сімдесят чотири", "age", "age.exact")]),
    ("Йому тоді, як забрали, було тридцять чотири, а тепер 37 уже.",
     [("Йому тоді, як забрали, було тридцять чотири", "age", "age.exact"), ("37", "age", "age.exact")]),
    ("Скажи їй, шо баба молиться. Їй же шість уже, хай знає.", [("Їй же шість", "age", "age.exact")]),
    ("Мамо, мені так важко. Роме тридцять один уже.", [("тридцять один", "age", "age.exact")]),
    ("Оксанко, твій Назарчик (сім рочків!) намалював кота.", [("сім рочків", "age", "age.exact")]),
    ("ученица Лиза М. (10 лет на тот момент) плакала", [("10 лет на тот момент", "age", "age.exact")]),
    ("ми святкували його шістдесят п'ять у квітні", [("святкували його шістдесят п'ять", "age", "age.exact")]),
    ("3. Юрченко Богдан і Юрченко Ілля — брати, 13 і 15, з інтернату.", [("13 і 15", "age", "age.exact")]),
    ("- Стр. 5: «выкуп» просили, получатель «Гульнара Р.».", []),
    # a name and its bracketed age at a sentence's start; the verb of turning before any words;
    # "at" a number no hour reaches, then the person; a person's own anniversary; a relative
    # named between commas
    ("Олег (34) був затриманий на блокпосту.", [("34", "age", "age.exact")]),
    ("Ей исполнилось 19 в колонии. Исполнилось 100 дней плена.", [("исполнилось 19", "age", "age.exact")]),
    ("At 58 he was sent to the front. At 10 he left the house.", [("58", "age", "age.exact")]),
    ("У 58 його відправили на фронт, а на 45 км їх зупинили.", [("58", "age", "age.exact")]),
    ("He had his 30th birthday in Olenivka.", [("30th birthday", "age", "age.exact")]),
    ("Своє 30-річчя він зустрів в Оленівці; 30-річчя незалежності — без нього.", [("30-річчя", "age", "age.exact")]),
    ("Младшему, Саше, было 9.", [("9", "age", "age.exact")]),
    # a kin noun before the bracket or the comma; an honorific joined to the name; "young" between
    ("Stockport with their daughter (6). The room (12) was cold.", [("6", "age", "age.exact")]),
    # a listing's category and its count (a testimony index page with 109 of them)
    ("Депортированный ребёнок (109) · Военнопленный (37) · All testimonies (2)", []),
    ("**#48277.** Grandmother, 71, no smartphone", [("71", "age", "age.exact")]),
    ("Мать, Гульнара-ханым, 72, после обыска слегла", [("72", "age", "age.exact")]),
    ("he's Oleksandr Kuzmenko, young, 23, a tractor driver", [("23", "age", "age.exact")]),
    # the age before «исполнилось», the date after it
    ("Артёму 23 исполнилось 30 сентября, уже в плену.",
     [("23", "age", "age.exact"), ("30 сентября", "exact_date", "date.day")]),
    # a range in words; a table row whose first cell is a title with a year, not an age's label
    ("- Сашко з Мелітополя, молодий, років двадцять п’ять — двадцять сім, айтішник;", []),
    ("| 2 | Курсова «Історичний роман 1920-х років» | 3 | 95 | відмінно |", []),
    ("- Дрова: Ігор Степанович (кв. 5, телефон у Галі) домовиться", []),
    # the age a date of birth gives, in brackets after it (not any number after any date)
    (f"| Client DOB | 30.03.{_dt.date.today().year - 48} (46) | and 12.03.2022 (14)",
     [(f"30.03.{_dt.date.today().year - 48}", "exact_date", "date.day"), ("46", "age", "age.exact"),
      ("12.03.2022", "exact_date", "date.day")]),
    # a person "already" a number, the clause ending there
    ("> Я вже 41, а почуваюсь на всі шістдесят. Я вже 5 разів дзвонила.", [("41", "age", "age.exact")]),
    ("что я теперь 15 (через месяц, но ок)", [("15", "age", "age.exact")]),
    ("моему дедушке исполняется 72. Второй", [("исполняется 72", "age", "age.exact")]),
    # after a unit, a conjunction ends the apposition too
    ("він зараз у госпіталі в Києві, 46 років а виглядає на 60.", [("46 років", "age", "age.exact")]),
    ("- Д.н.: з анкети, повних років: 51", [("51", "age", "age.exact")]),
    # a teenager's lowercase "i"; a kin word in Ukrainian as the subject; a full name before the bracket
    ("tato is 41 today. i am 16 now btw.", [("is 41", "age", "age.exact"), ("am 16", "age", "age.exact")]),
    ("Olena Koval (34), a nurse, was detained", [("34", "age", "age.exact")]),
    # a range after a name is no age
    ("Ruslan Avdieiev, 40–45 by his neighbours' estimate, a volunteer", []),
]

ALL_CASES = DATE_CASES + AGE_CASES


def found(text: str, ctx: ScanContext = CTX) -> list[tuple[str, str, str]]:
    return [(text[s.start:s.end], s.kind, s.rule) for s in testimony.detect(text, ctx)]


@pytest.mark.parametrize("text, expected", DATE_CASES)
def test_exact_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", AGE_CASES)
def test_age(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, ages", [
    (f"| 2 | Романенко Алла | 14.02.{_dt.date.today().year - 74} | Мариуполь | 73 г., инсулин |", ["73 г."]),
    (f"- her husband, born 14 March {_dt.date.today().year - 69}, so 65 at the time", ["65"]),
    (f"born 12.03.{_dt.date.today().year - 36}, room 12, 34 people, 2 kids", []),
])
def test_the_age_a_birth_date_on_the_same_line_gives(text, ages):
    # this year minus the birth year, or up to four less (when the page was written)
    assert [t for t, kind, _ in found(text) if kind == "age"] == ages


def test_spans_do_not_depend_on_the_testimony_flag():
    # The registry decides where testimony rules apply; the detector answers the same anyway.
    text = "Йому було 42, коли його затримали 12 березня 2023 року."
    assert found(text, ScanContext(testimony=False)) == found(text, CTX) != []


def test_spans_are_valid_kinds_inside_the_text():
    for text, _ in ALL_CASES:
        for span in testimony.detect(text, CTX):
            assert span.kind in KINDS and 0 <= span.start < span.end <= len(text)


# The campaign's own texts are full of figures, years and organisation names: none is personal
# (CAMPAIGN_TEXTS, FILLER: tests/guard/campaign_texts.py).


@pytest.mark.parametrize("path", CAMPAIGN_TEXTS, ids=lambda p: p.name)
def test_campaign_texts_stay_silent(path):
    text = path.read_text(encoding="utf-8")
    assert [(text[s.start:s.end], s.rule) for s in testimony.detect(text, CTX)] == []




def test_cheap_triggers_miss_nothing(monkeypatch):
    # The detailed patterns run only near a cheap trigger (pii_guard/detectors/_windows.py).
    # With the triggers switched off (whole text searched) every case, set inside longer prose,
    # must give the same answer, and the table's answer.
    cases = [(FILLER + "\n" + text + "\n" + FILLER, ctx) for text, _ in ALL_CASES for ctx in [CTX]]
    fast = [testimony.detect(text, ctx) for text, ctx in cases]
    monkeypatch.setattr(testimony, "windows", lambda text, triggers, margin=0: [(0, len(text))])
    assert [testimony.detect(text, ctx) for text, ctx in cases] == fast
    assert sum(map(len, fast)) == sum(len(row[1]) for row in ALL_CASES)


def test_an_age_in_brackets_after_a_birth_date_is_the_years_since():
    """"Date of birth: 12 May 1988 (37)": as many years as have passed since the year, or fewer
    (the age at any time since 2014: a page written earlier); another number in brackets after a
    year is no age, nor an age the person would have reached before 2014."""
    import datetime
    year = datetime.date.today().year - 38
    text = f"- Date of birth: 12 May {year} (37)\n- Moved in {year} (5 of us)\n- born {year} (12)\n- born {year - 2} (37)"
    ages = [(text[s.start:s.end], s.rule) for s in testimony.detect(text, ScanContext(testimony=True)) if s.kind == "age"]
    assert ages == [("37", "age.exact"), ("37", "age.exact")]


@pytest.mark.parametrize("text, expected", [
    # (fictional) a child or a grandfather in the dative, a dash before the age
    ("Мальчику было 9. Бабушка отдала метрику.", ["9"]),
    ("Дедушке Тимура — 78. Он живёт в Мариуполе.", ["78"]),
    ("Дівчинці тоді було сім, коли її забрали.", ["сім"]),
    # a name in the dative, the age in words
    ("Андрею Ткаченко тридцать восемь, родился в декабре.", ["тридцать восемь"]),
    ("Андрієві Ткаченку тридцять вісім, народився в грудні.", ["тридцять вісім"]),
    # the age in brackets after a birth date, at the time of the record
    ("| Date of birth | 11.09.1987 (34 at last donation) |", ["34"]),
    ("| Дата рождения | 02.02.2001 (21 на первой донации) |", ["21"]),
    ("In 2019 (3 on the list) they were born elsewhere.", []),
    ("Мальчику было 9 лет назад страшно.", []),
])
def test_ages_of_children_and_ages_beside_a_birth_date(text, expected):
    spans = testimony.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "age"] == expected


@pytest.mark.parametrize("text, expected", [
    # (fictional) a day and month after the family heard, a hotline called back
    ("Муж не выходит на связь. Часть сообщила 13.03. Видео нашли позже.", ["13.03"]),
    ("| 372 | Ruslan | called back 14.09 |", ["14.09"]),
    ("Ціна 13.03 грн за кілограм.", []),
])
def test_a_day_and_month_after_a_report_or_a_call(text, expected):
    spans = testimony.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "exact_date"] == expected


@pytest.mark.parametrize("text, expected", [
    # (fictional) a day and month written as a date anywhere in a testimony: a log's note, a
    # weekday's column, a signed comment; a day alone ending its phrase
    ("| Iryna Marchuk | otitis | ctrl 21.06 |", ["21.06"]),
    ("| пн 07.10 | Ярослав Бойко | Skoda Fabia |", ["07.10"]),
    ("> **Марина Лаптева** (жена, п. 1), 15.07: Кирилла этапировали", ["15.07"]),
    ("Віктор не прийшов на повторний прийом 14-го. Дружина сказала.", ["14-го"]),
    ('Дочка: "тато вийшов на зв\'язок 17-го"', ["17-го"]),
    ("| Melnyk A. A. | 13044 | left for Zap. 11.04 |", ["11.04"]),
    # not a price, a measure, a time, a section, an amount among amounts, a season's year
    ("Ціна 12.05 грн, вага 11.04 кг, прийшов о 10.05, ст. 20.03 КоАП. Суми 1.25, 12.05 і 3.40.", []),
    ("See p. 12.05 and No. 11.04 of the register.", []),
    ("Колёса забрали военные ещё весной 22-го. Видели в Оленовке влітку 23-го.", []),
])
def test_a_day_and_month_written_as_a_date(text, expected):
    spans = testimony.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "exact_date"] == expected


@pytest.mark.parametrize("text, expected", [
    # (fictional) a log's shorthand after a relative or "alone"; a birthday's number; an age now in
    # a sentence naming someone; a form's label with a hyphen; boys' ages; full years in brackets;
    # a first name that is also a city's, before its bracket
    ("| Kuzmenko T. I. | 105 | lives alone, 86 y. |", ["86"]),
    ("| Шаповал Ірина | бабуся 89 р. | син 17 р. | мама 1956 р. |", ["89", "17"]),
    ("Последний перевод он отправил в свой 37-й день рождения.", ["37"]),
    ("Ніна Андріївна пережила окупацію, нині 91. Воду носить онучка.", ["91"]),
    ("Tamara Ivanivna is still in her flat, eighty-seven now.", ["eighty-seven"]),
    ("The count of the list, now 91.", []),
    ("Born ........ 05.12.1982        Age at sign-up: 37", ["Age at sign-up: 37"]),
    ("I am tired, our boys are 12 and 8.", ["12 and 8"]),
    ("| Date of birth | 19.04.1958 (64 full years) |", ["64 full years"]),
    ("| Sofiia Koval (11, pocket money!) | £4 cash |", ["11"]),
])
def test_ages_in_shorthand_and_in_brackets(text, expected):
    spans = testimony.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "age"] == expected


@pytest.mark.parametrize("text, expected", [
    # (fictional) a record opening on a person's years; an age at a moment, in brackets; a young
    # man in the dative; an age after "DOB"; a date-of-birth column that holds ages
    ("**Заїка Роман Миколайович.** 41 рік, водій «швидкої». Батько каже.", ["41"]),
    ("**Олега** забрали з прохідної. Тридцять шість років, жодного разу не прострочив оплату.", ["Тридцять шість"]),
    ("Через рік усе змінилось. 20 років, як його нема. 5 років, минуло.", []),
    ("- дата народження: 27.11.1995 (на момент затримання — 26);", ["26"]),
    ("Хлопцю зараз 26. Батько просить звільнених писати.", ["26"]),
    ("Client: Yuliia Strilets   DOB 05/07/1993   (28)", ["28"]),
    ("| № | ФИО | Дата рожд. |\n|---|---|---|\n| 3 | Гуцал Лариса | 68 л. |\n| 7 | Сергей Заика | 42 |", ["68 л.", "42"]),
])
def test_ages_opening_a_record_at_a_moment_and_in_a_birth_column(text, expected):
    spans = testimony.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "age"] == expected


@pytest.mark.parametrize("text, expected", [
    # (fictional) a day ordinal without "the", or before "in"; a Ukrainian ordinal in -те
    ("Husband not answering since 15th. Opened the garage too.", ["15th"]),
    ("She left on the 9th in a minibus towards Vasylivka.", ["the 9th"]),
    ("Просила записати на 5-те грудня.", ["5-те грудня"]),
])
def test_days_said_as_ordinals(text, expected):
    spans = testimony.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "exact_date"] == expected


@pytest.mark.parametrize("text, expected", [
    # (fictional) a relative, then the age; a birthday's number; years opening a table's cell
    ("Note: nephew is 23, was a student at the college", ["23"]),
    ("| son 29, taken from home |", ["29"]),
    ("| Taras Hlushchenko | BIRTHDAY 27, cake from outside ok |", ["27"]),
    ("| Ганна Степанівна Кушнір | 74 роки, погано чує |", ["74"]),
    ("| дід Кузьменко Т. П. | кнопки | 83 р., живе сам |", ["83"]),
    ("His birthday 27 May. The son 3 times called.", []),
])
def test_ages_after_a_relative_a_birthday_or_opening_a_cell(text, expected):
    spans = testimony.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "age"] == expected


def test_a_weekday_heading_with_a_one_digit_day():
    """(fictional) a salon's book: «### Пн 8.08», "### Thu 8.09"; not a version "v 8.09"."""
    text = "### Пн 8.08\n\n### Thu 8.09\n\nUpdated to v 8.09 of the app."
    spans = testimony.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "exact_date"] == ["8.08", "8.09"]


@pytest.mark.parametrize("text, expected", [
    # (fictional) the number a birthday greeting is about; not a count after a greeting
    ('- Card: *"Happy birthday, Tanya! 33 is a good number."*', ["33"]),
    ("Открытка: «Паша, с днём рождения! 27 — это красиво. Держись там.»", ["27"]),
    ("Happy birthday! 3 of us came to the party.", []),
])
def test_the_age_a_birthday_greeting_is_about(text, expected):
    spans = testimony.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "age"] == expected


def test_an_age_with_its_unit_after_a_birth_date_at_any_time_since_2014():
    """(fictional) a form filled in 2021: «Д.р.: 04.11.1966 55 лет» (2026: five years on); a bare
    number that far from the years passed is no age."""
    born = _dt.date.today().year - 60
    text = f"Д.р.: 04.11.{born} 55 лет\nДата: 04.11.{born}, кімната 55"
    spans = testimony.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "age"] == ["55 лет"]


def test_a_relative_s_age_is_not_a_numbered_list_s_next_item():
    """(fictional) "Dad was 24, Mum 21." gives both ages; "4) the boy 5) the mother" gives none."""
    text = "Dad was 24, Mum 21. The plan: 3) the check 4) the boy 5) the mother who stayed"
    spans = testimony.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "age"] == ["was 24", "21"]


@pytest.mark.parametrize("text, expected", [
    # (fictional) a friendship questionnaire's age lines, its answer told after the question, a
    # relative and a dash, a birthday's years with an initial between, «Син 31 року»
    ("3. Сколько тебе лет: 10 с половиной\n3. Лет: 11\n3. Скільки тобі років: 41 (але душею 18)\n3. Років: 14", ["10", "11", "41", "14"]),
    ("На вопрос «Сколько тебе лет» я написала «48» и зачеркнула.", ["48"]),
    ("[x] мама — 81 год!! 4 августа — торт", ["81"]),
    ("SUMMARY:ДР Т. - 22 года. Открытки!!\nSUMMARY:День народження Д. - 26 років", ["22", "26"]),
    ("Зняли з маршрутки. Син 31 року, тракторист.", ["31"]),
    # not a term, a year, a chapter, or a count that is no field of a form
    ("Брат — 3 года отсидел, потом вышел.\nЛет: 2022 год\nГлава 3. Сколько тебе лет: вопрос\nПрошло лет: 5 или 6", []),
])
def test_ages_in_questionnaires_reminders_and_calendars(text, expected):
    spans = testimony.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end].split()[0] for s in spans if s.kind == "age"] == expected


def test_a_street_named_after_a_day_is_an_address_not_a_date():
    """(fictional) «ул. 1 Мая, 88» is an address; «8 березня 2022» after it is still a date."""
    from pii_guard.registry import default_registry
    text = "Адрес: ул. 1 Мая, 88. Жили на вул. 8 Березня, 12, а 8 березня 2022 його забрали."
    spans = default_registry().detect(text, ScanContext(testimony=True, language="uk"))
    assert [(s.kind, text[s.start:s.end]) for s in spans] == [
        ("street_address", "ул. 1 Мая, 88"), ("street_address", "вул. 8 Березня, 12"), ("exact_date", "8 березня 2022")]


def test_a_date_with_its_year_after_a_street_word_is_still_a_date():
    """(fictional) «задержали на улице 26 июля 2022 года»; a log's line after «на площі» ends."""
    from pii_guard.registry import default_registry
    text = "Его задержали на улице 26 июля 2022 года.\n\nНаш прапор на площі\n11.11.2022;09:40;вхідне"
    spans = default_registry().detect(text, ScanContext(testimony=True, language="ru"))
    assert [text[s.start:s.end] for s in spans if s.kind == "exact_date"] == ["26 июля 2022 года", "11.11.2022"]


@pytest.mark.parametrize("text, expected", [
    # (fictional) held-out 156-159's shapes: a register's «Возр.» column, the years at a moment in
    # brackets, a pronoun and a particle, the age turned, "was 38 when", a relative in brackets
    ("| Дата | Ф. И. О. | Возр. | Адрес |\n|---|---|---|---|\n| 14.04 | Погорелова Нина | 79 | пр. Металлургов, 61 |", ["79"]),
    ("**DOB** 19.06.1969 (52 yrs at registration)", ["52"]),
    ("| Виталий Бережной | ему ведь 48? лысый |", ["ему"]),
    ("У лютому йому було 40, у березні виповнився 41 — вже в облозі.", ["йому", "41"]),
    ("Kuzovkin, born in Perm, was 38 when they came for him. It was 5 when we left.", ["was"]),
    ("6  Анечка (внучка) 9 лет       справка из школы", ["9"]),
    # not a count of years since something, a time of day, a term
    ("Брат (сын) 3 раза звонил. It was 11 when the bus came.", []),
])
def test_ages_in_registers_and_asides(text, expected):
    spans = testimony.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end].split()[0] for s in spans if s.kind == "age"] == expected


@pytest.mark.parametrize("text, expected", [
    # (fictional) held-out 162-163's shapes: a bracket with «л.» after a birth date, two children's
    # one age, a speaker's "very young, 19"; not a share or a time ago
    ("Д.р.:           02.09.1993   (30 л.)", ["30"]),
    ("Пара: Фёдор Лаптев / Стефания Орел, обоим по 10 лет.", ["10"]),
    ("  - Ваня?? совсем молодой, 18 [Л.: Иван Костенко]\n  - Liza?? very young, 19 [N: Kulyk]", ["18", "19"]),
    ("The team is young, 20% of them students. Молодой, 5 лет назад открылся. Справки (6 л.).", []),
])
def test_ages_in_notes_and_brackets(text, expected):
    spans = testimony.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end].split()[0] for s in spans if s.kind == "age"] == expected


def test_a_dashcam_s_dotted_stamp_is_a_date():
    """(fictional) "штамп: 2022.08.26 08:41:19"; not a version "2022.13.45"."""
    text = "штамп: 2022.08.26 08:41:19\nверсия 2022.13.45 вышла"
    spans = testimony.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "exact_date"] == ["2022.08.26"]
