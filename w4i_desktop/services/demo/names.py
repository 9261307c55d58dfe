"""Names and contact details: name pools drawn once per locale from Faker (or from our own
lists), Ukrainian transliteration, ASCII slugs for user names and e-mail addresses, phone
numbers.
"""

from __future__ import annotations

import random
import unicodedata
from typing import Any

from faker import Faker

from w4i_desktop.services.demo.world import ORIGINS, SITES

POOL_SIZE = 300  # names drawn from Faker per locale

# fmt: off
# Female first names and family names, in Latin script, where Faker has no fitting locale.
LATIN_NAMES: dict[str, tuple[str, str]] = {
    "arab": ("Amal Rasha Hala Lina Rania Nour Huda Maha Ghada Reem Dima Samar Yasmin Fatima Aya "
             "Rima Zeinab Hiba Mona Heba Amira Salma Mariam Noha",
             "Al-Hassan Haddad Khalil Darwish Nasser Hamdan Sabbagh Mansour Kassab Othman Al-Ali "
             "Youssef Ibrahim Hamoud Abdallah El-Sayed Saleh Farouk Hussein Al-Jabouri"),
    "so": ("Hodan Ayaan Faadumo Hawa Sahra Ifrah Khadra Nimco Ubah Asha Ladan Hibo Fartun Sagal "
           "Muna Deeqa",
           "Mohamed Abdi Hassan Ali Warsame Farah Omar Osman Jama Nur Yusuf Aden Ahmed Hersi Egal"),
    "er": ("Helen Selam Senait Mebrat Saba Yordanos Hiwet Tsega Rahel Freweini Lemlem Winta Semhar "
           "Luwam Eden",
           "Tesfay Ghebremedhin Haile Kidane Tekle Berhane Mehari Woldu Asmerom Gebru Tesfamariam "
           "Yohannes Abraha Habte"),
    "af": ("Mariam Zahra Fatima Shabnam Nilofar Farzana Parwana Soraya Mursal Sadia Khadija "
           "Shakila Freshta Roya Mahbooba Nargis",
           "Ahmadi Rahimi Hashimi Sultani Noori Karimi Haidari Mohammadi Amiri Popal Safi Wardak "
           "Stanikzai Hotak Sadat Azizi"),
    "ir": ("Shirin Maryam Parisa Nazanin Leila Mahsa Niloufar Sara Zohreh Fereshteh Elham Samira "
           "Golnaz Azadeh Mina",
           "Hosseini Rezaei Moradi Karimi Jafari Ahmadi Sadeghi Rahimi Tehrani Kazemi Ghasemi "
           "Mousavi Ebrahimi Nazari Shirazi"),
    "pk": ("Ayesha Sana Fatima Mehwish Nadia Saima Rabia Hina Amna Zainab Bushra Iqra Sobia Uzma "
           "Kiran Nazia",
           "Khan Malik Hussain Butt Qureshi Chaudhry Siddiqui Shah Raza Iqbal Akhtar Javed Mirza "
           "Sheikh Bhatti Awan"),
    "bd": ("Nasrin Sharmin Fatema Rokeya Shirin Taslima Jannatul Sumaiya Farzana Ruma Nusrat "
           "Sabina Lipi Mousumi Shapla",
           "Begum Akter Khatun Islam Rahman Hossain Chowdhury Sultana Uddin Sarkar Miah Haque Das "
           "Talukder Bhuiyan"),
    "ph": ("Maria Jocelyn Rowena Marites Analyn Rosalie Maricel Lorna Jennifer Cristina Lovely "
           "Glenda Rhea Jasmine Joy",
           "Santos Reyes Cruz Bautista Garcia Mendoza Villanueva Ramos Aquino Castillo Manalo "
           "Soriano Tolentino Pascual Domingo"),
    "zh_latin": ("Xiaoling Mei Jing Yan Hui Ying Xiuying Fang Lan Juan Min Ping Hong Xiaomei "
                 "Yufei Lina", ""),
}

# Ukrainian Cyrillic to Latin, after the national transliteration (2010), simplified.
UK_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "ы": "y", "э": "e",
    "ё": "io", "ъ": "", "'": "", "’": "",
}
UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
# fmt: on


def ascii_slug(text: str) -> str:
    """Lower-case a-z only: for user names, e-mail addresses and web sites."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in plain.lower() if "a" <= ch <= "z")


def ukrainian_to_latin(name: str) -> str:
    def word(w: str) -> str:
        lower = w.lower()
        head = UK_INITIAL.get(lower[:1], UK_TRANSLIT.get(lower[:1], lower[:1]))
        return (head + "".join(UK_TRANSLIT.get(c, c) for c in lower[1:])).capitalize()

    return " ".join("-".join(word(part) for part in w.split("-")) for w in name.split())


def phone_number(rng: random.Random, pattern: str) -> str:
    digits = iter(f"{int(rng.random() * 10**12):012d}")
    return "".join(next(digits) if ch == "#" else ch for ch in pattern)


class NamePools:
    """A few hundred names per locale, drawn from Faker once; then picked with our own RNG."""

    def __init__(self, seed: int) -> None:
        self.first: dict[str, list[str]] = {}
        self.last: dict[str, list[str]] = {}
        self.fakers: dict[str, Any] = {}
        keys = {key for pools, _, _ in ORIGINS.values() for key in pools}
        for index, key in enumerate(sorted(keys | {s.locale for s in SITES})):
            self._fill(key, seed * 7919 + index)

    def _fill(self, key: str, seed: int) -> None:
        if key in LATIN_NAMES:
            first, last = LATIN_NAMES[key]
            self.first[key] = first.split()
            self.last[key] = last.split()
            if key == "zh_latin":
                faker = self._faker("zh_CN", seed)
                self.last[key] = [faker.last_romanized_name() for _ in range(POOL_SIZE)]
            return
        locale = "uk_UA" if key == "uk_latin" else key
        faker = self._faker(locale, seed)
        self.first[key] = [faker.first_name_female() for _ in range(POOL_SIZE)]
        self.last[key] = [faker.last_name_female() for _ in range(POOL_SIZE)]
        if key == "uk_latin":
            self.first[key] = [ukrainian_to_latin(n) for n in self.first[key]]
            self.last[key] = [ukrainian_to_latin(n) for n in self.last[key]]
        if key in {s.locale for s in SITES}:  # staff and employer contacts: men and women
            self.first[key + "/any"] = [faker.first_name() for _ in range(POOL_SIZE)]
            self.last[key + "/any"] = [faker.last_name() for _ in range(POOL_SIZE)]
            self.fakers[key] = faker  # company names, one call per employer

    @staticmethod
    def _faker(locale: str, seed: int) -> Any:
        faker = Faker(locale)
        faker.seed_instance(seed)
        return faker

    def name(self, rng: random.Random, key: str) -> tuple[str, str]:
        return rng.choice(self.first[key]), rng.choice(self.last[key])
