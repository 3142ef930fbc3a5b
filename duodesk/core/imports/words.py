"""The words partners write for languages, levels, genders, sectors, education levels and
yes/no, in French, Dutch and English, and the program's codes they stand for (SPEC §3, §5).

Every word is looked up *folded* (``duodesk.core.text.fold``: accents and case removed),
so ``Néerlandais``, ``NEERLANDAIS`` and ``neerlandais`` are one word.
"""

from __future__ import annotations

from duodesk.core.codes import (
    DiplomaRecognition,
    EducationLevel,
    Gender,
    JobseekerService,
    LanguageLevel,
    Sector,
)
from duodesk.core.text import fold


def _table(groups: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {fold(word): code for code, words in groups.items() for word in words}


# ISO 639-1 codes, 639-3 where 639-1 has none (SPEC §3: Dari prs, Berber ber, Fula ful).
LANGUAGES = _table({
    "fr": ("fr", "français", "francais", "frans", "french", "française"),
    "nl": ("nl", "néerlandais", "nederlands", "dutch", "flamand", "vlaams", "flemish"),
    "en": ("en", "anglais", "engels", "english", "ang"),
    "de": ("de", "allemand", "duits", "german", "deutsch"),
    "ar": ("ar", "arabe", "arabisch", "arabic", "arabe dialectal", "arabe marocain",
           "darija", "marokkaans", "marokkaans arabisch", "arabe classique"),
    "ber": ("ber", "berbère", "berbere", "berber", "berbers", "tamazight", "amazigh",
            "tamazigh", "rifain", "riffijns", "tarifit", "chleuh", "tachelhit"),
    "kab": ("kab", "kabyle", "kabylisch"),
    "tr": ("tr", "turc", "turks", "turkish", "türkçe", "turkce"),
    "es": ("es", "espagnol", "spaans", "spanish", "español", "castellano"),
    "it": ("it", "italien", "italiaans", "italian", "italiano"),
    "pt": ("pt", "portugais", "portugees", "portuguese", "português"),
    "ru": ("ru", "russe", "russisch", "russian"),
    "uk": ("uk", "ukrainien", "oekraïens", "oekraiens", "ukrainian"),
    "pl": ("pl", "polonais", "pools", "polish"),
    "ro": ("ro", "roumain", "roemeens", "romanian"),
    "bg": ("bg", "bulgare", "bulgaars", "bulgarian"),
    "sq": ("sq", "albanais", "albanees", "albanian"),
    "sr": ("sr", "serbe", "servisch", "serbian"),
    "hr": ("hr", "croate", "kroatisch", "croatian"),
    "bs": ("bs", "bosniaque", "bosnisch", "bosnian"),
    "mk": ("mk", "macédonien", "macedonisch", "macedonian"),
    "el": ("el", "grec", "grieks", "greek"),
    "hy": ("hy", "arménien", "armeens", "armenian"),
    "ka": ("ka", "géorgien", "georgisch", "georgian"),
    "az": ("az", "azéri", "azerbaïdjanais", "azerbeidzjaans", "azerbaijani"),
    "ku": ("ku", "kurde", "koerdisch", "kurdish", "kurmanji", "sorani"),
    "fa": ("fa", "persan", "farsi", "perzisch", "persian", "iranien"),
    "prs": ("prs", "dari", "dari persan", "afghan persian"),
    "ps": ("ps", "pachto", "pashto", "pashtou", "pachtou", "pasjtoe", "pashtu"),
    "ur": ("ur", "ourdou", "urdu", "oerdoe"),
    "hi": ("hi", "hindi"),
    "bn": ("bn", "bengali", "bengaals", "bangla"),
    "pa": ("pa", "pendjabi", "punjabi", "pundjabi", "panjabi"),
    "ta": ("ta", "tamoul", "tamil", "tamils"),
    "ne": ("ne", "népalais", "nepalees", "nepali"),
    "zh": ("zh", "chinois", "chinees", "chinese", "mandarin", "mandarijn"),
    "vi": ("vi", "vietnamien", "vietnamees", "vietnamese"),
    "th": ("th", "thaï", "thai", "thais"),
    "tl": ("tl", "tagalog", "filipino"),
    "ja": ("ja", "japonais", "japans", "japanese"),
    "ko": ("ko", "coréen", "koreaans", "korean"),
    "he": ("he", "hébreu", "hebreeuws", "hebrew"),
    "so": ("so", "somali", "somalien", "somalisch"),
    "am": ("am", "amharique", "amhaars", "amharic"),
    "ti": ("ti", "tigrinya", "tigrigna", "tigrinia"),
    "om": ("om", "oromo"),
    "ful": ("ful", "peul", "peulh", "pular", "pulaar", "fula", "fulani", "fulfulde",
            "foulani", "fulah"),
    "wo": ("wo", "wolof"),
    "ln": ("ln", "lingala"),
    "sw": ("sw", "swahili", "kiswahili", "swahíli"),
    "rw": ("rw", "kinyarwanda", "rwandais"),
    "rn": ("rn", "kirundi", "rundi"),
    "lu": ("lu", "tshiluba", "luba-katanga", "ciluba"),
    "kg": ("kg", "kikongo", "kongo"),
    "bm": ("bm", "bambara"),
    "ha": ("ha", "haoussa", "hausa"),
    "yo": ("yo", "yoruba"),
    "ig": ("ig", "igbo"),
    "tw": ("tw", "twi", "akan"),
    "hu": ("hu", "hongrois", "hongaars", "hungarian"),
    "cs": ("cs", "tchèque", "tsjechisch", "czech"),
    "sk": ("sk", "slovaque", "slowaaks", "slovak"),
    "sl": ("sl", "slovène", "sloveens", "slovenian"),
    "lt": ("lt", "lituanien", "litouws", "lithuanian"),
    "lv": ("lv", "letton", "lets", "latvian"),
    "et": ("et", "estonien", "ests", "estonian"),
    "fi": ("fi", "finnois", "fins", "finnish"),
    "sv": ("sv", "suédois", "zweeds", "swedish"),
    "da": ("da", "danois", "deens", "danish"),
    "no": ("no", "norvégien", "noors", "norwegian"),
    "mn": ("mn", "mongol", "mongools", "mongolian"),
    "uz": ("uz", "ouzbek", "oezbeeks", "uzbek"),
    "tg": ("tg", "tadjik", "tadzjieks", "tajik"),
    "ht": ("ht", "créole haïtien", "haïtiaans creools", "haitian creole"),
    "sgn": ("langue des signes", "gebarentaal", "sign language"),
})

LEVELS = _table({
    LanguageLevel.NATIVE: (
        "langue maternelle", "maternelle", "natif", "native", "lm", "moedertaal",
        "mother tongue", "first language", "langue 1", "thuistaal", "native speaker",
    ),
    LanguageLevel.FLUENT: (
        "courant", "couramment", "très bien", "tres bon", "très bon", "excellent",
        "bilingue", "vloeiend", "zeer goed", "uitstekend", "fluent", "very good",
        "c1", "c2", "parfait",
    ),
    LanguageLevel.GOOD: (
        "bon", "bien", "bonne", "goed", "good", "well", "intermédiaire", "moyen",
        "b1", "b2", "redelijk", "gemiddeld", "intermediate",
    ),
    LanguageLevel.BASIC: (
        "notions", "de base", "base", "débutant", "débutante", "faible", "un peu", "basis",
        "beginner", "basiskennis", "beetje", "een beetje", "elementair", "zwak", "basic",
        "a1", "a2", "a little", "some", "beginnend", "en apprentissage", "leert",
        "learning",
    ),
})

GENDERS = _table({
    Gender.FEMALE: (
        "f", "v", "femme", "féminin", "feminin", "female", "woman", "vrouw", "vrouwelijk",
        "mme", "madame", "mlle", "mademoiselle", "mevr", "mevrouw", "mw", "mrs", "ms",
        "miss", "fille", "meisje", "w",
    ),
    Gender.MALE: (
        "m", "h", "homme", "masculin", "male", "man", "mannelijk", "monsieur", "mr",
        "dhr", "heer", "de heer", "meneer", "garçon", "jongen", "mister", "mnr",
    ),
    Gender.OTHER: (
        "x", "autre", "other", "andere", "anders", "non binaire", "non-binaire",
        "non binary", "non-binary", "nonbinary", "niet-binair", "neutre", "genderneutraal",
    ),
})

YES = frozenset(fold(w) for w in (
    "oui", "o", "yes", "y", "ja", "j", "x", "1", "true", "vrai", "waar", "ok", "✓", "✔",
))
# A driving licence column may name the licence's category instead of saying yes.
LICENCE_YES = YES | frozenset(fold(w) for w in (
    "b", "permis b", "rijbewijs b", "a", "be", "c", "am", "oui (b)", "oui b", "ja (b)",
    "ja b", "yes (b)", "permis", "rijbewijs", "b + voiture", "b (voiture)",
))
NO = frozenset(fold(w) for w in (
    "non", "n", "no", "nee", "neen", "0", "false", "faux", "onwaar", "-", "aucun", "geen",
    "pas de permis", "sans permis", "geen rijbewijs", "none", "nvt", "n/a", "/",
))
IN_PROGRESS = frozenset(fold(w) for w in (
    "en cours", "en attente", "demande en cours", "introduite", "bezig", "lopend",
    "in aanvraag", "aangevraagd", "in behandeling", "in progress", "pending", "applied",
    "en cours de reconnaissance", "provisoire", "voorlopig",
))

JOBSEEKER_SERVICES = _table({
    JobseekerService.ACTIRIS: ("actiris",),
    JobseekerService.VDAB: ("vdab",),
    JobseekerService.FOREM: ("forem", "le forem", "leforem", "fore m"),
    JobseekerService.ADG: ("adg", "arbeitsamt", "arbeitsamt der dg"),
    JobseekerService.NONE: ("aucun", "non", "geen", "nee", "none", "no", "pas inscrit",
                            "niet ingeschreven", "not registered"),
})

# Education: the whole text first, then keywords found in it (most specific first).
EDUCATION = _table({
    EducationLevel.NONE: (
        "aucun", "aucun diplôme", "sans diplôme", "pas de diplôme", "néant", "geen",
        "geen diploma", "zonder diploma", "none", "no diploma", "no degree",
    ),
    EducationLevel.PRIMARY: (
        "primaire", "primaire", "ceb", "école primaire", "enseignement primaire",
        "lager onderwijs", "lagere school", "basisonderwijs", "getuigschrift basisonderwijs",
        "primary", "primary school",
    ),
    EducationLevel.LOWER_SECONDARY: (
        "secondaire inférieur", "secondaire inferieur", "ce1d", "cesi", "cdd",
        "secondaire inférieur (cesi)", "humanités inférieures", "lager secundair",
        "lager secundair onderwijs", "eerste graad", "tweede graad", "a3", "a4",
        "lower secondary", "middle school",
    ),
    EducationLevel.UPPER_SECONDARY: (
        "cess", "secondaire supérieur", "secondaire superieur", "secondaire",
        "humanités", "rhéto", "secondaire général", "secondaire technique",
        "secondaire professionnel", "cq6", "cq7", "aso", "tso", "bso", "kso",
        "hoger secundair", "hoger secundair onderwijs", "secundair", "secundair onderwijs",
        "middelbaar", "middelbare school", "diploma secundair onderwijs", "a2",
        "upper secondary", "high school", "secondary", "secondary school", "baccalauréat",
        "bac", "lycée",
    ),
    EducationLevel.HIGHER_SHORT: (
        "bachelier", "bachelor", "graduat", "gradué", "graduaat", "supérieur court",
        "supérieur de type court", "hoger onderwijs korte type", "professionele bachelor",
        "academische bachelor", "bac+3", "bac +3", "bac+2", "bts", "hbo5", "hbo", "a1",
        "higher short", "associate degree", "undergraduate",
    ),
    EducationLevel.HIGHER_LONG: (
        "master", "maîtrise", "licence", "licencié", "licenciaat", "ingénieur", "ingenieur",
        "supérieur long", "supérieur de type long", "universitaire", "université",
        "universiteit", "hoger onderwijs lange type", "bac+5", "bac +5", "postgraduate",
        "masters", "msc", "ma", "mba", "higher long",
    ),
    EducationLevel.DOCTORATE: ("doctorat", "doctoraat", "docteur", "doctor", "phd", "ph.d"),
    EducationLevel.UNKNOWN: ("inconnu", "onbekend", "unknown", "?", "nc", "n.c.", "ne sait pas",
                             "à vérifier", "diplôme étranger", "buitenlands diploma"),
})
# Keywords searched inside a longer text, most specific first.
EDUCATION_KEYWORDS: tuple[tuple[str, EducationLevel], ...] = tuple(
    (fold(word), level) for word, level in (
        ("doctor", EducationLevel.DOCTORATE), ("phd", EducationLevel.DOCTORATE),
        ("master", EducationLevel.HIGHER_LONG), ("licenci", EducationLevel.HIGHER_LONG),
        ("ingenieur", EducationLevel.HIGHER_LONG), ("universit", EducationLevel.HIGHER_LONG),
        ("bachel", EducationLevel.HIGHER_SHORT), ("gradu", EducationLevel.HIGHER_SHORT),
        ("superieur", EducationLevel.HIGHER_SHORT), ("hoger onderwijs",
                                                     EducationLevel.HIGHER_SHORT),
        ("cess", EducationLevel.UPPER_SECONDARY),
        ("secondaire inf", EducationLevel.LOWER_SECONDARY),
        ("lager secundair", EducationLevel.LOWER_SECONDARY),
        ("ce1d", EducationLevel.LOWER_SECONDARY), ("cesi", EducationLevel.LOWER_SECONDARY),
        ("secondaire", EducationLevel.UPPER_SECONDARY),
        ("secundair", EducationLevel.UPPER_SECONDARY),
        ("aso", EducationLevel.UPPER_SECONDARY), ("tso", EducationLevel.UPPER_SECONDARY),
        ("bso", EducationLevel.UPPER_SECONDARY), ("kso", EducationLevel.UPPER_SECONDARY),
        ("primaire", EducationLevel.PRIMARY), ("lager onderwijs", EducationLevel.PRIMARY),
        ("ceb", EducationLevel.PRIMARY), ("aucun", EducationLevel.NONE),
        ("geen", EducationLevel.NONE), ("sans dipl", EducationLevel.NONE),
    ))

SECTORS = _table({
    Sector.ADMIN: ("administration", "administratif", "administrative", "admin",
                   "secrétariat", "secrétaire", "bureau", "employé de bureau", "administratie",
                   "administratief", "secretariaat", "bediende", "kantoor", "office",
                   "receptie", "accueil", "réception", "onthaal", "reception"),
    Sector.ACCOUNTING_FINANCE: ("comptabilité", "comptable", "finance", "finances", "banque",
                                "assurances", "boekhouding", "boekhouder", "financiën",
                                "bank", "accounting", "accountant", "financial"),
    Sector.COMMERCE_SALES: ("commerce", "vente", "vendeur", "vendeuse", "caissier",
                            "caissière", "retail", "grande distribution", "verkoop",
                            "verkoper", "verkoopster", "handel", "kassa", "winkel", "sales",
                            "shop", "magasin", "commercial"),
    Sector.CONSTRUCTION: ("construction", "bâtiment", "batiment", "chantier", "maçon",
                          "électricien", "plombier", "menuisier", "peintre", "bouw",
                          "bouwsector", "metselaar", "elektricien", "loodgieter",
                          "schilder", "building", "construction work"),
    Sector.CARE_HEALTH: ("soins", "santé", "sante", "aide-soignant", "aide-soignante",
                         "aide soignante", "infirmier", "infirmière", "soins de santé",
                         "médical", "paramédical", "zorg", "gezondheidszorg",
                         "verpleging", "verpleegkundige", "zorgkundige", "care", "health",
                         "healthcare", "nursing", "garde d'enfants", "kinderopvang",
                         "aide familiale", "thuiszorg"),
    Sector.EDUCATION: ("enseignement", "éducation", "formation", "enseignant",
                       "puériculture", "onderwijs", "leerkracht", "opvoeding", "education",
                       "teaching", "teacher"),
    Sector.HOSPITALITY: ("horeca", "hôtellerie", "hotellerie", "restauration", "cuisine",
                         "cuisinier", "serveur", "serveuse", "hôtel", "keuken", "kok",
                         "hotel", "restaurant", "catering", "hospitality", "tourisme",
                         "toerisme"),
    Sector.IT: ("it", "informatique", "ict", "développeur", "programmeur", "numérique",
                "digital", "informatica", "software", "développement web", "webdesign",
                "computer", "tech", "helpdesk"),
    Sector.LOGISTICS: ("logistique", "transport", "magasinier", "chauffeur", "livreur",
                       "entrepôt", "manutention", "logistiek", "magazijn", "magazijnier",
                       "vervoer", "chauffeur", "koerier", "logistics", "warehouse",
                       "driver", "delivery", "cariste", "heftruck"),
    Sector.INDUSTRY: ("industrie", "production", "productie", "usine", "fabrieksarbeider",
                      "opérateur de production", "mécanique", "technicien", "fabriek",
                      "industrie", "industry", "manufacturing", "production line",
                      "technique", "techniek", "soudeur", "lasser"),
    Sector.CLEANING: ("nettoyage", "entretien", "technicien de surface", "titres-services",
                      "titres services", "schoonmaak", "poetsen", "dienstencheques",
                      "dienstencheques", "cleaning", "housekeeping", "femme de ménage",
                      "ménage", "poetshulp"),
    Sector.CULTURE_MEDIA: ("culture", "médias", "media", "audiovisuel", "art", "arts",
                           "cultuur", "kunst", "journalisme", "journalism", "design",
                           "graphisme", "photographie", "fotografie", "music", "musique"),
    Sector.LEGAL: ("juridique", "droit", "avocat", "juriste", "recht", "juridisch", "legal",
                   "law", "notariat"),
    Sector.MARKETING_COMMUNICATION: ("marketing", "communication", "communicatie",
                                     "publicité", "reclame", "relations publiques",
                                     "advertising", "pr"),
    Sector.SOCIAL_WORK: ("social", "secteur social", "travail social", "assistant social",
                         "animation", "animateur", "éducateur", "sociaal", "sociaal werk",
                         "welzijn", "maatschappelijk werk", "opvoeder", "social work",
                         "youth work", "jeunesse", "jeugdwerk", "non-marchand", "socioculturel"),
    Sector.ENGINEERING: ("ingénierie", "ingénieur", "engineering", "engineer", "ingenieur",
                         "ingenieurs", "bureau d'études", "studiebureau"),
    Sector.OTHER: ("autre", "autres", "divers", "andere", "overige", "other", "various"),
})

DIPLOMA_RECOGNITION = {
    **{word: DiplomaRecognition.YES for word in YES},
    **{word: DiplomaRecognition.NO for word in NO},
    **{word: DiplomaRecognition.IN_PROGRESS for word in IN_PROGRESS},
    fold("reconnu"): DiplomaRecognition.YES, fold("équivalence obtenue"): DiplomaRecognition.YES,
    fold("erkend"): DiplomaRecognition.YES, fold("recognised"): DiplomaRecognition.YES,
    fold("recognized"): DiplomaRecognition.YES, fold("non reconnu"): DiplomaRecognition.NO,
    fold("niet erkend"): DiplomaRecognition.NO, fold("not recognised"): DiplomaRecognition.NO,
}
