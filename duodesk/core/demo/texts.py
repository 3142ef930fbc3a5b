"""Short, neutral texts of the demo data (jobs, projects, meeting summaries, comments), in
French and Dutch as coordinators write them, and English for duos that work in English.
None of them says anything about a person's origin, health or private life."""

from __future__ import annotations

SECTOR_WEIGHTS_MENTEE: tuple[tuple[str, float], ...] = (
    ("admin", 10), ("accounting_finance", 5), ("commerce_sales", 10), ("construction", 7),
    ("care_health", 11), ("education", 5), ("hospitality", 7), ("it", 9), ("logistics", 9),
    ("industry", 4), ("cleaning", 4), ("culture_media", 2), ("legal", 2),
    ("marketing_communication", 4), ("social_work", 6), ("engineering", 4), ("other", 2),
)
SECTOR_WEIGHTS_MENTOR: tuple[tuple[str, float], ...] = (
    ("admin", 8), ("accounting_finance", 10), ("commerce_sales", 9), ("construction", 5),
    ("care_health", 7), ("education", 9), ("hospitality", 3), ("it", 8), ("logistics", 6),
    ("industry", 6), ("cleaning", 1), ("culture_media", 3), ("legal", 5),
    ("marketing_communication", 6), ("social_work", 5), ("engineering", 8), ("other", 2),
)

# Last job of a mentor, per sector: (French, Dutch).
LAST_JOBS: dict[str, tuple[str, str]] = {
    "admin": ("Responsable administratif", "Administratief verantwoordelijke"),
    "accounting_finance": ("Comptable", "Boekhouder"),
    "commerce_sales": ("Directeur commercial", "Verkoopsdirecteur"),
    "construction": ("Chef de chantier", "Werfleider"),
    "care_health": ("Infirmière en chef", "Hoofdverpleegkundige"),
    "education": ("Professeur de mathématiques", "Leerkracht wiskunde"),
    "hospitality": ("Gérant de restaurant", "Restaurantuitbater"),
    "it": ("Chef de projet informatique", "IT-projectleider"),
    "logistics": ("Responsable d'entrepôt", "Magazijnverantwoordelijke"),
    "industry": ("Directeur de production", "Productieleider"),
    "cleaning": ("Chef d'équipe nettoyage", "Ploegbaas schoonmaak"),
    "culture_media": ("Journaliste", "Journalist"),
    "legal": ("Juriste d'entreprise", "Bedrijfsjurist"),
    "marketing_communication": ("Responsable communication", "Communicatieverantwoordelijke"),
    "social_work": ("Assistante sociale", "Maatschappelijk werker"),
    "engineering": ("Ingénieur civil", "Burgerlijk ingenieur"),
    "other": ("Cadre dans la fonction publique", "Kaderlid bij de overheid"),
}

# A mentee's professional project, per sector: (French, Dutch).
PROJECTS: dict[str, tuple[str, str]] = {
    "admin": ("Employé(e) administratif(ve)", "Administratief bediende"),
    "accounting_finance": ("Aide-comptable", "Boekhoudkundig medewerker"),
    "commerce_sales": ("Vendeur(se) en magasin", "Verkoper in de detailhandel"),
    "construction": ("Électricien(ne) en bâtiment", "Elektricien in de bouw"),
    "care_health": ("Aide-soignant(e) en maison de repos", "Zorgkundige in een woonzorgcentrum"),
    "education": ("Éducateur(trice) en école", "Opvoeder in een school"),
    "hospitality": ("Commis de cuisine", "Keukenhulp"),
    "it": ("Développeur(se) web", "Webontwikkelaar"),
    "logistics": ("Magasinier(ère) cariste", "Magazijnier-heftruckchauffeur"),
    "industry": ("Opérateur(trice) de production", "Productieoperator"),
    "cleaning": ("Technicien(ne) de surface", "Schoonmaker"),
    "culture_media": ("Monteur(se) vidéo", "Videomonteur"),
    "legal": ("Assistant(e) juridique", "Juridisch assistent"),
    "marketing_communication": ("Chargé(e) de communication", "Communicatiemedewerker"),
    "social_work": ("Animateur(trice) socioculturel(le)", "Sociaal-cultureel werker"),
    "engineering": ("Technicien(ne) en maintenance", "Onderhoudstechnicus"),
    "other": ("Agent(e) d'accueil", "Onthaalmedewerker"),
}

INTERESTS: dict[str, tuple[str, ...]] = {
    "fr": ("football", "cuisine", "musique", "lecture", "randonnée", "photographie", "échecs",
           "vélo", "jardinage", "cinéma", "théâtre", "natation", "bénévolat", "informatique",
           "voyages", "danse", "histoire", "basket", "dessin", "couture"),
    "nl": ("voetbal", "koken", "muziek", "lezen", "wandelen", "fotografie", "schaken",
           "fietsen", "tuinieren", "film", "theater", "zwemmen", "vrijwilligerswerk",
           "informatica", "reizen", "dansen", "geschiedenis", "basketbal", "tekenen", "naaien"),
}

SUMMARIES: dict[str, tuple[str, ...]] = {
    "fr": ("Travail sur le CV.", "Préparation d'un entretien d'embauche.",
           "Recherche d'offres d'emploi en ligne.", "Point sur le projet professionnel.",
           "Simulation d'entretien.", "Rédaction d'une lettre de motivation.",
           "Visite d'un salon de l'emploi.", "Mise à jour du profil LinkedIn.",
           "Échange sur les métiers du secteur.", "Préparation d'un appel à un employeur.",
           "Bilan des candidatures envoyées.", "Inscription à une formation qualifiante."),
    "nl": ("Cv herwerkt.", "Sollicitatiegesprek voorbereid.", "Online vacatures gezocht.",
           "Beroepsproject besproken.", "Sollicitatiegesprek geoefend.",
           "Motivatiebrief geschreven.", "Jobbeurs bezocht.", "LinkedIn-profiel bijgewerkt.",
           "Gesprek over beroepen in de sector.", "Telefoongesprek met werkgever voorbereid.",
           "Overzicht van verstuurde sollicitaties.", "Ingeschreven voor een opleiding."),
    "en": ("Worked on the CV.", "Prepared a job interview.", "Searched job offers online.",
           "Reviewed the professional project.", "Practised an interview.",
           "Wrote a cover letter.", "Visited a job fair.", "Updated the LinkedIn profile.",
           "Talked about jobs in the sector.", "Reviewed the applications sent."),
}

FIRST_MEETING = {"fr": "Première rencontre du duo.", "nl": "Eerste kennismaking van de duo.",
                 "en": "First meeting of the duo."}
SIGNING = {"fr": "Signature de la convention.", "nl": "Ondertekening van de overeenkomst.",
           "en": "Agreement signed."}
FOLLOW_UP = {"fr": "Suivi téléphonique : le duo avance bien.",
             "nl": "Telefonische opvolging: de duo loopt goed.",
             "en": "Follow-up call: the duo is going well."}
OUTCOME_CHECK = {"fr": "Bilan à 12 mois.", "nl": "Stand van zaken na 12 maanden.",
                 "en": "12-month outcome check."}
NO_SHOW = {"fr": "Absence non prévenue.", "nl": "Niet komen opdagen.", "en": "No-show."}

INFO_SESSION = {"mentee": "Séance d'information candidats",
                "mentor": "Séance d'information mentors"}
INTERVISION = "Intervision des mentors"
WORKSHOPS = ("Atelier CV et lettre de motivation", "Atelier entretien d'embauche",
             "Atelier réseaux professionnels")

COMMENTS: dict[str, tuple[str, ...]] = {
    "fr": ("Très bonne collaboration.", "Les rencontres m'ont beaucoup aidé.",
           "Difficile de trouver des moments communs.", "Expérience enrichissante.",
           "J'aurais aimé plus de rencontres."),
    "nl": ("Heel goede samenwerking.", "De gesprekken hebben veel geholpen.",
           "Moeilijk om gemeenschappelijke momenten te vinden.", "Verrijkende ervaring.",
           "Ik had graag meer afspraken gehad."),
    "en": ("Very good collaboration.", "The meetings helped a lot.",
           "Hard to find times that suit us both.", "A rewarding experience."),
}

JOURNAL_INTAKE = {"fr": "Entretien d'accueil réalisé, dossier complet.",
                  "nl": "Intakegesprek gevoerd, dossier volledig."}
JOURNAL_STOP = {"fr": "Fin anticipée du duo, motif noté dans la fiche du duo.",
                "nl": "Duo vroegtijdig gestopt, reden genoteerd in de duofiche."}
