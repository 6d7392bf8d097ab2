"""Numbers written as words in English, Ukrainian and Russian, and their values (shared by the
contact detector, which reads dictated phone numbers, and the testimony detector, which reads
ages in words). Not a detector: the registry never loads it."""
from __future__ import annotations

DIGIT_WORDS = {
    **dict.fromkeys(("zero", "oh", "нуль", "ноль"), 0),
    **dict.fromkeys(("one", "один", "одна", "одну"), 1), **dict.fromkeys(("two", "два", "дві", "две"), 2),
    **dict.fromkeys(("three", "три"), 3), **dict.fromkeys(("four", "чотири", "четыре"), 4),
    **dict.fromkeys(("five", "п'ять", "пять"), 5), **dict.fromkeys(("six", "шість", "шесть"), 6),
    **dict.fromkeys(("seven", "сім", "семь"), 7), **dict.fromkeys(("eight", "вісім", "восемь"), 8),
    **dict.fromkeys(("nine", "дев'ять", "девять"), 9),
}
TEEN_WORDS = {
    **dict.fromkeys(("ten", "десять"), 10), **dict.fromkeys(("eleven", "одинадцять", "одиннадцать"), 11),
    **dict.fromkeys(("twelve", "дванадцять", "двенадцать"), 12),
    **dict.fromkeys(("thirteen", "тринадцять", "тринадцать"), 13),
    **dict.fromkeys(("fourteen", "чотирнадцять", "четырнадцать"), 14),
    **dict.fromkeys(("fifteen", "п'ятнадцять", "пятнадцать"), 15),
    **dict.fromkeys(("sixteen", "шістнадцять", "шестнадцать"), 16),
    **dict.fromkeys(("seventeen", "сімнадцять", "семнадцать"), 17),
    **dict.fromkeys(("eighteen", "вісімнадцять", "восемнадцать"), 18),
    **dict.fromkeys(("nineteen", "дев'ятнадцять", "девятнадцать"), 19),
}
TENS_WORDS = {
    **dict.fromkeys(("twenty", "двадцять", "двадцать"), 20), **dict.fromkeys(("thirty", "тридцять", "тридцать"), 30),
    **dict.fromkeys(("forty", "сорок"), 40), **dict.fromkeys(("fifty", "п'ятдесят", "пятьдесят"), 50),
    **dict.fromkeys(("sixty", "шістдесят", "шестьдесят"), 60),
    **dict.fromkeys(("seventy", "сімдесят", "семьдесят"), 70),
    **dict.fromkeys(("eighty", "вісімдесят", "восемьдесят"), 80),
    **dict.fromkeys(("ninety", "дев'яносто", "девяносто"), 90),
}
# every word above but the zeros ("oh" is an English interjection first)
NUMBER_WORDS = frozenset(w for w in (*DIGIT_WORDS, *TEEN_WORDS, *TENS_WORDS) if w not in ("zero", "oh", "нуль", "ноль"))
