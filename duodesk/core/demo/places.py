"""Where the demo antenna is: real Belgian postcodes and municipalities around each antenna,
the referring partners of its region, and the places where duos meet.

Postcodes are real (each is in the ``countrystatecity-postal-codes`` list of Belgium; a test
checks it); the municipality is the name people use for it. Partners are the public
employment services, CPAS/OCMW and associations of the region; their contacts, and every
company, are invented.
"""

from __future__ import annotations

from dataclasses import dataclass

Place = tuple[str, str, float]  # postcode, municipality, weight


@dataclass(frozen=True)
class Region:
    """The geography and institutions of one antenna."""

    language: str  # "fr", "nl", or "bxl" (both)
    jobseeker_service: str
    mentee_places: tuple[Place, ...]
    mentor_places: tuple[Place, ...]
    partners: tuple[tuple[str, str], ...]  # name, kind
    offices: tuple[str, ...]


_BRUSSELS: tuple[Place, ...] = (
    ("1000", "Bruxelles", 9), ("1020", "Laeken", 5), ("1030", "Schaerbeek", 12),
    ("1040", "Etterbeek", 3), ("1050", "Ixelles", 4), ("1060", "Saint-Gilles", 5),
    ("1070", "Anderlecht", 11), ("1080", "Molenbeek-Saint-Jean", 12), ("1081", "Koekelberg", 2),
    ("1082", "Berchem-Sainte-Agathe", 2), ("1083", "Ganshoren", 1.5), ("1090", "Jette", 3),
    ("1120", "Neder-Over-Heembeek", 1.5), ("1130", "Haren", 0.6), ("1140", "Evere", 3),
    ("1150", "Woluwe-Saint-Pierre", 0.8), ("1160", "Auderghem", 1), ("1170",
    "Watermael-Boitsfort", 0.8), ("1180", "Uccle", 2), ("1190", "Forest", 4),
    ("1200", "Woluwe-Saint-Lambert", 1.5), ("1210", "Saint-Josse-ten-Noode", 5),
)
_BRUSSELS_MENTORS: tuple[Place, ...] = (
    ("1000", "Bruxelles", 5), ("1020", "Laeken", 2), ("1030", "Schaerbeek", 4),
    ("1040", "Etterbeek", 4), ("1050", "Ixelles", 6), ("1060", "Saint-Gilles", 2),
    ("1070", "Anderlecht", 3), ("1080", "Molenbeek-Saint-Jean", 2), ("1090", "Jette", 3),
    ("1140", "Evere", 2), ("1150", "Woluwe-Saint-Pierre", 6), ("1160", "Auderghem", 4),
    ("1170", "Watermael-Boitsfort", 4), ("1180", "Uccle", 7), ("1190", "Forest", 3),
    ("1200", "Woluwe-Saint-Lambert", 5), ("1210", "Saint-Josse-ten-Noode", 1),
    ("1300", "Wavre", 2), ("1348", "Louvain-la-Neuve", 2), ("1410", "Waterloo", 3),
    ("1420", "Braine-l'Alleud", 2), ("1640", "Rhode-Saint-Genèse", 2), ("1700", "Dilbeek", 2),
    ("1780", "Wemmel", 1.5), ("1800", "Vilvoorde", 2), ("1930", "Zaventem", 1.5),
    ("1950", "Kraainem", 1.5), ("3080", "Tervuren", 2), ("3090", "Overijse", 1.5),
    ("1850", "Grimbergen", 1.5), ("1380", "Lasne", 1), ("1330", "Rixensart", 1),
)
_ANTWERP: tuple[Place, ...] = (
    ("2000", "Antwerpen", 6), ("2018", "Antwerpen", 8), ("2020", "Antwerpen", 4),
    ("2030", "Antwerpen", 2), ("2050", "Antwerpen", 2), ("2060", "Antwerpen", 10),
    ("2100", "Deurne", 6), ("2140", "Borgerhout", 9), ("2170", "Merksem", 5),
    ("2180", "Ekeren", 2), ("2600", "Berchem", 4), ("2610", "Wilrijk", 3),
    ("2660", "Hoboken", 4), ("2640", "Mortsel", 2), ("2650", "Edegem", 1.5),
    ("2900", "Schoten", 1.5), ("2930", "Brasschaat", 1.5), ("2950", "Kapellen", 1),
    ("2550", "Kontich", 1),
)
_GHENT: tuple[Place, ...] = (
    ("9000", "Gent", 14), ("9030", "Mariakerke", 2), ("9031", "Drongen", 1.5),
    ("9032", "Wondelgem", 2), ("9040", "Sint-Amandsberg", 5), ("9041", "Oostakker", 2),
    ("9050", "Gentbrugge", 3), ("9051", "Sint-Denijs-Westrem", 1), ("9052", "Zwijnaarde", 1),
    ("9070", "Destelbergen", 1.5), ("9090", "Melle", 1), ("9820", "Merelbeke", 1.5),
    ("9830", "Sint-Martens-Latem", 0.8),
)
_LIEGE: tuple[Place, ...] = (
    ("4000", "Liège", 12), ("4020", "Liège", 6), ("4030", "Grivegnée", 3),
    ("4031", "Angleur", 2), ("4032", "Chênée", 2), ("4040", "Herstal", 4),
    ("4100", "Seraing", 5), ("4102", "Ougrée", 2), ("4400", "Flémalle", 2),
    ("4420", "Saint-Nicolas", 3), ("4430", "Ans", 2.5), ("4050", "Chaudfontaine", 1),
)
_MECHELEN: tuple[Place, ...] = (
    ("2800", "Mechelen", 14), ("2801", "Heffen", 1), ("2811", "Hombeek", 1),
    ("2812", "Muizen", 1.5), ("2820", "Bonheiden", 1.5), ("2830", "Willebroek", 3),
    ("2860", "Sint-Katelijne-Waver", 2), ("2570", "Duffel", 1.5), ("2500", "Lier", 2.5),
    ("1880", "Kapelle-op-den-Bos", 1),
)
_VERVIERS: tuple[Place, ...] = (
    ("4800", "Verviers", 14), ("4801", "Stembert", 1.5), ("4802", "Heusy", 2),
    ("4820", "Dison", 4), ("4821", "Andrimont", 2), ("4830", "Limbourg", 1.5),
    ("4840", "Welkenraedt", 1.5), ("4860", "Pepinster", 2), ("4880", "Aubel", 0.8),
    ("4845", "Jalhay", 0.8), ("4900", "Spa", 1.5),
)
_CHARLEROI: tuple[Place, ...] = (
    ("6000", "Charleroi", 12), ("6001", "Marcinelle", 5), ("6010", "Couillet", 2),
    ("6020", "Dampremy", 2), ("6030", "Marchienne-au-Pont", 4), ("6031",
    "Monceau-sur-Sambre", 2.5), ("6040", "Jumet", 4), ("6041", "Gosselies", 2.5),
    ("6042", "Lodelinsart", 2), ("6060", "Gilly", 3.5), ("6061", "Montignies-sur-Sambre", 3),
    ("6200", "Châtelet", 2.5), ("6110", "Montigny-le-Tilleul", 1), ("6140",
    "Fontaine-l'Évêque", 1.5),
)

_ASSOCIATION = "association"
_CPAS = "cpas_ocmw"
_SERVICE = "employment_service"

REGIONS: dict[str, Region] = {
    "BXL": Region(
        "bxl", "actiris", _BRUSSELS, _BRUSSELS_MENTORS,
        (("Actiris", _SERVICE), ("VDAB Brussel", _SERVICE), ("CPAS de Schaerbeek", _CPAS),
         ("CPAS d'Anderlecht", _CPAS), ("CPAS de Molenbeek-Saint-Jean", _CPAS),
         ("CPAS de Bruxelles", _CPAS), ("OCMW Brussel", _CPAS),
         ("Mission locale de Schaerbeek", _ASSOCIATION),
         ("Mission locale de Molenbeek", _ASSOCIATION),
         ("Maison de quartier Nord", _ASSOCIATION), ("Lire et Écrire Bruxelles", _ASSOCIATION),
         ("Accueil des primo-arrivants BAPA", _ASSOCIATION)),
        ("Antenne de Bruxelles, salle Senne", "Antenne de Bruxelles, salle Canal",
         "Maison de quartier, Schaerbeek", "Bibliothèque communale, Molenbeek-Saint-Jean"),
    ),
    "ANT": Region(
        "nl", "vdab", _ANTWERP, _ANTWERP,
        (("VDAB", _SERVICE), ("OCMW Antwerpen", _CPAS), ("Atlas Antwerpen", _ASSOCIATION),
         ("Buurtwerk Borgerhout", _ASSOCIATION), ("Jobcentrum Antwerpen-Noord", _ASSOCIATION)),
        ("Antenne Antwerpen, zaal Schelde", "Bibliotheek Permeke, Antwerpen",
         "Buurthuis Borgerhout"),
    ),
    "GNT": Region(
        "nl", "vdab", _GHENT, _GHENT,
        (("VDAB", _SERVICE), ("OCMW Gent", _CPAS), ("In-Gent", _ASSOCIATION),
         ("Buurtwerk Brugse Poort", _ASSOCIATION), ("Jobcentrum Gent", _ASSOCIATION)),
        ("Antenne Gent, zaal Leie", "Bibliotheek De Krook, Gent", "Buurtcentrum Sint-Amandsberg"),
    ),
    "LGE": Region(
        "fr", "forem", _LIEGE, _LIEGE,
        (("Le Forem", _SERVICE), ("CPAS de Liège", _CPAS), ("CPAS de Seraing", _CPAS),
         ("Mission régionale de Liège", _ASSOCIATION), ("CRIPEL", _ASSOCIATION)),
        ("Antenne de Liège, salle Meuse", "Bibliothèque Chiroux, Liège",
         "Maison de quartier, Seraing"),
    ),
    "MEC": Region(
        "nl", "vdab", _MECHELEN, _MECHELEN,
        (("VDAB", _SERVICE), ("OCMW Mechelen", _CPAS), ("Buurtwerk Mechelen-Noord", _ASSOCIATION),
         ("Jobpunt Mechelen", _ASSOCIATION)),
        ("Antenne Mechelen, zaal Dijle", "Bibliotheek Het Predikheren, Mechelen"),
    ),
    "VRV": Region(
        "fr", "forem", _VERVIERS, _VERVIERS,
        (("Le Forem", _SERVICE), ("CPAS de Verviers", _CPAS), ("CPAS de Dison", _CPAS),
         ("Mission régionale de Verviers", _ASSOCIATION), ("CRVI Verviers", _ASSOCIATION)),
        ("Antenne de Verviers, salle Vesdre", "Bibliothèque communale, Verviers"),
    ),
    "CRL": Region(
        "fr", "forem", _CHARLEROI, _CHARLEROI,
        (("Le Forem", _SERVICE), ("CPAS de Charleroi", _CPAS), ("CPAS de Châtelet", _CPAS),
         ("Mission régionale de Charleroi", _ASSOCIATION), ("CRIC Charleroi", _ASSOCIATION)),
        ("Antenne de Charleroi, salle Sambre", "Bibliothèque Rimbaud, Charleroi",
         "Maison de quartier, Marcinelle"),
    ),
}

# Employers of working mentors; companies that lend mentors are partners of kind company.
COMPANIES = (
    "Atelier Verhaegen SA", "Brabant Logistics NV", "Lumière Conseil SRL",
    "Kanaal Engineering NV", "Zuidpark Finance SA", "Meuse Industries SA",
    "Scheldezorg vzw", "Coopérative Horizon", "Groupe Hôtelier Sablon SA", "Digitale Brug NV",
)
COMPANY_PARTNERS = ("Kanaal Engineering NV", "Zuidpark Finance SA", "Digitale Brug NV")

ONLINE = "online"


def region_for(antenna_code: str) -> Region:
    """The region of an antenna; an antenna added in Settings gets Brussels' tables."""
    return REGIONS.get(antenna_code, REGIONS["BXL"])
