"""Invented names for the demo data, written with their own letters (Şükrü, Nguyễn Thị Lan).

Every person is a random pairing of a first name and a family name common in the groups the
programme serves (mentees) or in Belgium (mentors, coordinators): no real person's data.
The origin only chooses names and languages; it is never stored (SPEC §9).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from duodesk.core.demo.rates import choice, pick


@dataclass(frozen=True)
class Origin:
    """Names and usual languages (code, share of speakers, native or not) of one group."""

    women: tuple[str, ...]
    men: tuple[str, ...]
    families: tuple[str, ...]
    languages: tuple[tuple[str, float, bool], ...]
    middle_women: tuple[str, ...] = ()
    middle_men: tuple[str, ...] = ()


def _split(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(",") if name.strip())


MENTEE_ORIGINS: dict[str, Origin] = {
    "maghreb": Origin(
        _split("Fatima, Khadija, Salma, Imane, Nour, Sara, Yasmina, Meryem, Hajar, Soukaina, "
               "Ikram, Houda, Naïma, Malika, Siham, Loubna, Amal, Zineb, Asmae, Chaïma, Rania, "
               "Inès, Lina, Aïcha, Wafae, Dounia, Hind, Samira, Nisrine, Kenza"),
        _split("Mohamed, Youssef, Ayoub, Hamza, Bilal, Anas, Ilyas, Mehdi, Karim, Rachid, "
               "Nabil, Amine, Soufiane, Zakaria, Othmane, Yassine, Hicham, Walid, Khalid, "
               "Tarik, Samir, Adil, Abdelkader, Sofiane, Nassim, Ismaël, Reda, Achraf"),
        _split("El Amrani, Benali, Bouzid, El Idrissi, Aït Ouali, Benjelloun, Chaoui, "
               "El Khattabi, Haddad, Boukhari, Azzouzi, Bennani, Zerrouki, Mansouri, Tahiri, "
               "El Ouardi, Belkacem, Boumediene, Hamdi, Trabelsi, Ben Salah, Jaziri, Gharbi, "
               "Mejri, Saïdi, Chaabane, Lahlou, Ziani, Mokhtari, Aït Taleb, Oulad Ali, "
               "Bouchta, El Fassi, Amziane, Hadj Ahmed"),
        (("ar", 0.82, True), ("ber", 0.3, True), ("en", 0.35, False), ("es", 0.06, False)),
    ),
    "turkey": Origin(
        _split("Ayşe, Gül, Zeynep, Elif, Fatma, Emine, Hatice, Büşra, Merve, Şeyma, Özlem, "
               "Gülşen, Derya, Tuğba, Dilek, Esra, Yağmur, Sevgi, İrem, Nurcan, Ebru, Gözde"),
        _split("Mehmet, Mustafa, Ahmet, Emre, Burak, Şükrü, Yusuf, Hakan, Murat, Kerem, Oğuz, "
               "Çağlar, Serkan, Barış, İbrahim, Enes, Furkan, Doğan, Gökhan, Ömer, Tolga, Uğur"),
        _split("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, "
               "Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, "
               "Güneş, Aktaş, Korkmaz, Erdem, Tekin"),
        (("tr", 0.95, True), ("ku", 0.15, True), ("en", 0.35, False), ("de", 0.05, False)),
    ),
    "central_africa": Origin(
        _split("Grâce, Merveille, Divine, Esther, Christelle, Nadège, Sandrine, Carine, "
               "Patience, Bénédicte, Ornella, Gloria, Priscille, Déborah, Josiane, Falone, "
               "Laetitia, Rebecca, Sylvie, Mireille"),
        _split("Jean-Paul, Patrick, Christian, Junior, Serge, Fabrice, Cédric, Arnaud, Landry, "
               "Hervé, Blaise, Yannick, Steve, Rodrigue, Emmanuel, Dieudonné, Guy-Roger, "
               "Francis, Trésor, Ghislain"),
        _split("Mukendi, Kabasele, Tshibanda, Ilunga, Kalonji, Mbuyi, Lukusa, Nkulu, Mbala, "
               "Kasongo, Mbemba, Ngoy, Makiadi, Nzuzi, Tshimanga, Etoundi, Nkoulou, Mbarga, "
               "Fotso, Tchakounté, Ngono, Essomba, Abena, Kamga, Nana"),
        (("ln", 0.55, True), ("fr", 0.9, True), ("sw", 0.12, True), ("en", 0.4, False)),
    ),
    "west_africa": Origin(
        _split("Aminata, Fatoumata, Mariama, Aïssatou, Kadiatou, Awa, Ndèye, Khady, Coumba, "
               "Binta, Hawa, Rokia, Oumou, Adama, Astou, Mame Diarra, Safiatou, Djénéba"),
        _split("Mamadou, Ibrahima, Ousmane, Moussa, Abdoulaye, Cheikh, Alpha, Boubacar, Modou, "
               "Lamine, Souleymane, Thierno, Mbaye, Saliou, Sékou, Aliou, Oumar, Babacar"),
        _split("Diallo, Bah, Barry, Sow, Camara, Condé, Baldé, Sylla, Ndiaye, Diop, Fall, "
               "Sarr, Faye, Gueye, Sy, Mbaye, Diouf, Seck, Cissé, Touré, Keïta, Kouyaté"),
        (("ful", 0.5, True), ("wo", 0.4, True), ("fr", 0.85, False), ("en", 0.25, False)),
    ),
    "middle_east": Origin(
        _split("Rasha, Lina, Dima, Reem, Hiba, Nour, Rania, Layla, Mariam, Zeinab, Ruba, "
               "Hala, Lama, Sana, Shahad, Ghada, Yara, Jana, Rawan, Aya, Dalia, Heba, Bushra"),
        _split("Ahmad, Mohammad, Omar, Khaled, Mahmoud, Hussein, Ali, Hassan, Rami, Tarek, "
               "Bassel, Fadi, Majd, Ziad, Jamil, Samer, Yazan, Qusay, Haidar, Mazen, Nizar, "
               "Wael, Firas"),
        _split("Al-Ahmad, Al-Hussein, Haddad, Khoury, Al-Khatib, Darwish, Hamdan, Al-Masri, "
               "Nasser, Saleh, Al-Jabouri, Al-Obeidi, Kadhim, Abbas, Al-Rawi, Awad, Barakat, "
               "Shalabi, Odeh, Qasem, Al-Halabi, Sabbagh, Kurdi, Al-Tamimi"),
        (("ar", 0.95, True), ("ku", 0.12, True), ("en", 0.55, False)),
    ),
    "afghanistan": Origin(
        _split("Fatima, Mariam, Zahra, Parwana, Shabnam, Nargis, Freshta, Mursal, Hosai, "
               "Lailuma, Soraya, Sahar, Nilofar, Farzana, Roya, Madina, Zarghona, Shakila, "
               "Marzia, Mahbooba"),
        _split("Ahmad, Mohammad, Farid, Wahid, Ajmal, Habib, Naveed, Rahim, Samiullah, "
               "Zabihullah, Jawad, Mirwais, Sayed, Shafiq, Hamid, Nasir, Omid, Rohullah, "
               "Bashir, Hekmatullah"),
        _split("Ahmadzai, Popal, Karimi, Rahimi, Hakimi, Sultani, Noori, Safi, Stanikzai, "
               "Hotak, Mohammadi, Hashimi, Sadat, Amiri, Rasuli, Wardak, Jalali, Haidari, "
               "Ghafoori, Azizi, Samadi, Nazari"),
        (("prs", 0.6, True), ("ps", 0.45, True), ("en", 0.45, False), ("ur", 0.08, False)),
    ),
    "vietnam": Origin(
        _split("Lan, Hương, Linh, Ngọc, Thảo, Trang, Hằng, Mai, Phương, Thu, Huyền, Yến, Vy, "
               "Nhung, Hà, Thủy, Diệp, Oanh"),
        _split("Minh, Anh, Tuấn, Hùng, Dũng, Quang, Đức, Huy, Long, Nam, Phúc, Khang, Bảo, "
               "Thắng, Trung, Việt, Hoàng, Sơn"),
        _split("Nguyễn, Trần, Lê, Phạm, Hoàng, Phan, Vũ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý"),
        (("vi", 1.0, True), ("en", 0.55, False)),
        middle_women=_split("Thị, Thị, Thị, Ngọc, Thu, Thanh"),
        middle_men=_split("Văn, Văn, Đức, Minh, Quốc, Hữu"),
    ),
    "eritrea": Origin(
        _split("Selam, Helen, Saba, Lidya, Mihret, Hiwet, Senait, Freweyni, Rahel, Winta, "
               "Luwam, Yohana, Eden, Mekdes, Tsega, Ruta"),
        _split("Yonas, Dawit, Tesfaye, Mehari, Samuel, Filmon, Henok, Robel, Biniam, Abel, "
               "Efrem, Kidane, Mussie, Semere, Tekle, Natnael"),
        _split("Tesfay, Gebremedhin, Haile, Kidane, Berhane, Tekle, Woldu, Habte, Asmerom, "
               "Mebrahtu, Yemane, Abraha, Ghirmay, Tewelde, Zerai, Negash, Okbay"),
        (("ti", 0.95, True), ("am", 0.35, False), ("ar", 0.15, False), ("en", 0.5, False)),
    ),
    "somalia": Origin(
        _split("Hodan, Faadumo, Amina, Sahra, Ayaan, Hibo, Ladan, Nimco, Ubah, Ifrah, Sagal, "
               "Deeqa, Shukri, Idil, Hamdi, Fardowsa"),
        _split("Abdirahman, Abdullahi, Mohamed, Ahmed, Abdi, Hassan, Yusuf, Mahad, Liban, "
               "Guled, Said, Bashir, Farah, Hamza, Khalid, Abdiwali"),
        _split("Hassan, Warsame, Farah, Abdi, Osman, Yusuf, Mohamud, Jama, Ali, Egal, Hersi, "
               "Nur, Aden, Dirie, Guled, Ismail, Omar, Mire"),
        (("so", 1.0, True), ("ar", 0.3, False), ("en", 0.5, False)),
    ),
}

MENTEE_ORIGIN_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("maghreb", 34), ("central_africa", 14), ("west_africa", 10), ("turkey", 9),
    ("middle_east", 12), ("afghanistan", 9), ("eritrea", 4), ("somalia", 5), ("vietnam", 3),
)

BELGIAN_ORIGINS: dict[str, Origin] = {
    "walloon": Origin(
        _split("Marie, Anne, Françoise, Isabelle, Catherine, Nathalie, Véronique, Christine, "
               "Martine, Brigitte, Chantal, Monique, Dominique, Michèle, Sylvie, Pascale, "
               "Béatrice, Myriam, Danielle, Nadine, Geneviève, Cécile, Thérèse, Anne-Marie"),
        _split("Jean, Michel, Philippe, Pierre, Alain, Jacques, Christian, Daniel, Didier, "
               "Éric, Bernard, Francis, Thierry, Pascal, Marc, André, Guy, Claude, Benoît, "
               "Olivier, René, Luc, Jean-Pierre, Jean-Marc, Xavier"),
        _split("Dubois, Lambert, Dupont, Martin, Simon, Laurent, Leclercq, Lejeune, Renard, "
               "Gilles, Hubert, Collard, François, Denis, Lemaire, Mathieu, Gérard, Henry, "
               "Fontaine, Dumont, Leroy, Bertrand, Piette, Noël, Delvaux, Jacquet, Marchal, "
               "Thiry, Massart, Delhaye, Goffin, Wéry, Lhoest, Dethier, Beaufays"),
        (("fr", 1.0, True), ("nl", 0.55, False), ("en", 0.65, False), ("de", 0.12, False),
         ("es", 0.08, False), ("it", 0.06, False)),
    ),
    "flemish": Origin(
        _split("Hilde, Christine, An, Ann, Marleen, Martine, Greet, Kathleen, Linda, Rita, "
               "Els, Veerle, Inge, Katrien, Sonja, Lieve, Mieke, Annemie, Griet, Nicole, "
               "Ingrid, Hilde, Godelieve, Bernadette"),
        _split("Jan, Luc, Marc, Dirk, Geert, Johan, Patrick, Peter, Koen, Bart, Paul, Frank, "
               "Jos, Erik, Wim, Filip, Rudi, Guido, Hugo, Stefaan, Tom, Walter, Lieven, Rik"),
        _split("Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, "
               "De Smet, Van den Broeck, Vermeulen, Van Damme, De Backer, Hermans, Michiels, "
               "Lemmens, Aerts, Pauwels, Declercq, Vandenberghe, Van de Velde, Verhoeven, "
               "De Vos, Smets, Coppens, Verstraete, Segers, Van Hecke, Martens, Bogaerts, "
               "Claeys, Cools, Thys, Van Acker, De Wilde, Vanderstraeten"),
        (("nl", 1.0, True), ("fr", 0.9, False), ("en", 0.85, False), ("de", 0.3, False),
         ("es", 0.06, False)),
    ),
    "southern": Origin(
        _split("Maria, Rosa, Giovanna, Carmen, Lucia, Ana, Teresa, Graziella, Pilar, Concetta"),
        _split("Giuseppe, Antonio, Salvatore, Francesco, José, Manuel, Vincenzo, Carlos, "
               "Luigi, Rocco"),
        _split("Russo, Esposito, Romano, Di Stefano, Lombardi, Colombo, García, Fernández, "
               "López, Martínez, Rodríguez, Pirotte, Di Marco, Cavaleri"),
        (("fr", 1.0, True), ("it", 0.55, True), ("es", 0.45, True), ("nl", 0.4, False),
         ("en", 0.5, False)),
    ),
}


def full_name(origin: Origin, gender: str, rng: random.Random) -> tuple[str, str]:
    """An invented first and last name (a person of gender ``X`` gets either kind)."""
    if gender == "X":
        gender = "F" if rng.random() < 0.5 else "M"
    first = choice(rng, origin.women if gender == "F" else origin.men)
    middles = origin.middle_women if gender == "F" else origin.middle_men
    if middles and rng.random() < 0.8:
        first = f"{choice(rng, middles)} {first}"
    return first, choice(rng, origin.families)


def mentor_origin_key(region_language: str, rng: random.Random) -> str:
    """Most mentors are Belgians of the antenna's language, some of the other language or
    of the Italian and Spanish communities settled in Belgium since the 1950s."""
    if region_language == "nl":
        return pick(rng, (("flemish", 82), ("walloon", 10), ("southern", 8)))
    if region_language == "bxl":
        return pick(rng, (("walloon", 55), ("flemish", 33), ("southern", 12)))
    return pick(rng, (("walloon", 84), ("flemish", 6), ("southern", 10)))
