"""Numbers written as words in English, Ukrainian and Russian, and their values (shared by the
contact detector, which reads dictated phone numbers, and the testimony detector, which reads
ages in words, and the identifier detector, which reads document numbers read out). Not a detector: the registry never loads it."""
from __future__ import annotations

import re

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
HUNDREDS_WORDS = {
    **dict.fromkeys(("сто",), 100), **dict.fromkeys(("двісті", "двести"), 200),
    **dict.fromkeys(("триста",), 300), **dict.fromkeys(("чотириста", "четыреста"), 400),
    **dict.fromkeys(("п'ятсот", "пятьсот"), 500), **dict.fromkeys(("шістсот", "шестьсот"), 600),
    **dict.fromkeys(("сімсот", "семьсот"), 700), **dict.fromkeys(("вісімсот", "восемьсот"), 800),
    **dict.fromkeys(("дев'ятсот", "девятьсот"), 900),
}
# every word above but the zeros ("oh" is an English interjection first)
NUMBER_WORDS = frozenset(w for w in (*DIGIT_WORDS, *TEEN_WORDS, *TENS_WORDS) if w not in ("zero", "oh", "нуль", "ноль"))
# One to ninety-nine in English words ("seventy-four", "twelve"), as ages and house numbers are said
EN_NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|"
    r"seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|one|two|three|four|five|six|seven|eight|nine)"
)

def alternation(words) -> str:
    """A regex alternation of the words, longest first, either apostrophe in «п'ять»."""
    return "|".join(sorted((w.replace("'", "['’]") for w in words), key=len, reverse=True))


_NUMBER_WORD_RE = alternation((*DIGIT_WORDS, *TEEN_WORDS, *TENS_WORDS, *HUNDREDS_WORDS))
_NONZERO_DIGITS = alternation(NUMBER_WORDS & set(DIGIT_WORDS))
# A number up to 99 said in words («сорок два», "sixty-seven", «дев'ятнадцять»), or in digits
AGE_NUMBER = (rf"(?:\d{{1,3}}|(?:{alternation(TENS_WORDS)})(?:[ -](?:{_NONZERO_DIGITS}))?"
              rf"|{alternation(TEEN_WORDS)}|{_NONZERO_DIGITS})(?![\w'’])")

# One number word ("seven", «сімсот», «п'ятнадцять»), for patterns that say digits among letters
NUMBER_WORD = _NUMBER_WORD_RE

# … and inside a run, English hundreds: "one hundred and five" (never a run's first word)
_EN_HUNDRED = ("hundred and", "hundred")
_RUN_WORD_RE = alternation((*DIGIT_WORDS, *TEEN_WORDS, *TENS_WORDS, *HUNDREDS_WORDS, *_EN_HUNDRED))

# Two or more number words in a row: a number dictated in words.
SPELLED_RUN = rf"(?:{_NUMBER_WORD_RE})(?:[\s,.\-–—…]{{1,4}}(?:{_RUN_WORD_RE}))+(?![\w'’])"
# Number words and digit groups mixed, as speech-to-text writes a number said aloud ("zero nine
# five three one two 40 88", «ноль ноль четыре один семь три 826»): two words or more, and a group
# of digits after them (a run of words alone is SPELLED_RUN).
# (on one line: a caption's next line may begin with a number of its own)
MIXED_RUN = (rf"(?:{_NUMBER_WORD_RE})(?:[ \t,.\-–—…]{{1,4}}(?:{_RUN_WORD_RE}))+(?![\w'’])"
             rf"(?:[ \t,.\-–—…]{{1,4}}(?:\d{{1,4}}|(?:{_RUN_WORD_RE})(?![\w'’])))*?"
             rf"[ \t,.\-–—…]{{1,4}}\d{{1,4}}(?:[ \t\-]\d{{1,4}})*(?![\w'’.,]\d|\w)")
_SPELLED_WORD_RE = re.compile(rf"(?:{_RUN_WORD_RE})(?![\w'’])|\d+", re.IGNORECASE)


def spelled_readings(run: str) -> list[str]:
    """The digit strings a dictated run can mean: "fifty four" is 54 or 504, «пятьдесят три»
    53 or 503 (a comma between them keeps them apart); «шестьсот шесть» is 606; digits in it
    (a MIXED_RUN) stand for themselves."""
    readings = [""]
    k, parts = 0, [(m.group().lower().replace("’", "'"), m.start(), m.end()) for m in _SPELLED_WORD_RE.finditer(run)]

    def joined(i: int) -> bool:      # the next word belongs to the same number (no comma between)
        return i + 1 < len(parts) and "," not in run[parts[i][2]:parts[i + 1][1]]

    while k < len(parts):
        word, _, end = parts[k]
        if word.isdigit():
            readings = [r + word for r in readings]
            k += 1
            continue
        english_hundreds = (DIGIT_WORDS.get(word, 0) > 0 and joined(k) and parts[k + 1][0].startswith("hundred"))
        if word in HUNDREDS_WORDS or english_hundreds:
            value = HUNDREDS_WORDS[word] if word in HUNDREDS_WORDS else DIGIT_WORDS[word] * 100
            k += english_hundreds           # ("one hundred and five": the "hundred" read with it)
            if joined(k) and parts[k + 1][0] in TENS_WORDS:
                k += 1
                value += TENS_WORDS[parts[k][0]]
                if joined(k) and DIGIT_WORDS.get(parts[k + 1][0], 0) > 0:
                    k += 1
                    value += DIGIT_WORDS[parts[k][0]]
            elif joined(k) and (parts[k + 1][0] in TEEN_WORDS or DIGIT_WORDS.get(parts[k + 1][0], 0) > 0):
                k += 1
                value += TEEN_WORDS.get(parts[k][0], DIGIT_WORDS.get(parts[k][0], 0))
            readings = [r + str(value) for r in readings]
            k += 1
            continue
        if word in TENS_WORDS and joined(k) and DIGIT_WORDS.get(parts[k + 1][0], 0) > 0:
            tens, unit = TENS_WORDS[word], DIGIT_WORDS[parts[k + 1][0]]
            readings = [r + str(tens + unit) for r in readings] + [r + f"{tens}{unit}" for r in readings]
            k += 2
            continue
        value = DIGIT_WORDS.get(word, TEEN_WORDS.get(word, TENS_WORDS.get(word)))
        if value is not None:           # (not a "hundred" without its digit before it)
            readings = [r + str(value) for r in readings]
        k += 1
    return readings[:16]
