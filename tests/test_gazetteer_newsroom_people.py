"""The shipped gazetteer knows the people a newsroom expects, with their names in their own
script where transliteration mangles them: readings of a Korean president's Chinese
characters, a Greek prime minister's surname respelled, a Venezuelan president's surname.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.gazetteer.index import Gazetteer
from repair.passes.context import PassContext
from repair.passes.names import NamesPass


@pytest.fixture(scope="module")
def names_pass() -> NamesPass:
    return NamesPass(Config(), gazetteer=Gazetteer.load(()))


def fixes(names_pass: NamesPass, text: str) -> list[tuple[str, str]]:
    proposals = names_pass.run(Document.from_text(text), PassContext(Config())).proposals
    return [(p.original, p.replacement) for p in proposals if p.kind == "name" and p.confidence >= 0.9]


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Former South Korean President Lu Wuxuan died in 2009.\n", ("Lu Wuxuan", "Roh Moo-hyun")),
        ("Venezuelan President Nicolas Madoro spoke in Caracas.\n", ("Madoro", "Maduro")),
        ("Greek Prime Minister Kyriakos Mizuotakisi met the press.\n", ("Mizuotakisi", "Mitsotakis")),
        ("Defence Ministry spokesman Igor Konashenkow gave the figures.\n", ("Konashenkow", "Konashenkov")),
        ("Algerian President Abdelmadjid Tebun opened the fair.\n", ("Tebun", "Tebboune")),
        ("Cambodian Prime Minister Hong Manai visited the port.\n", ("Hong Manai", "Hun Manet")),
        ("UNESCO Director-General Audrey Azulay opened the site.\n", ("Azulay", "Azoulay")),
        ("South Sudanese President Salva Kir met the mediators in Juba.\n", ("Kir", "Kiir")),
        ("Namibian President Hage Gaingob addressed parliament.\n", ("Gaingob", "Geingob")),
        ("Former White House chief of staff Reince Preibus spoke to reporters.\n", ("Preibus", "Priebus")),
        ("EU Agriculture Commissioner Christophe Hanssen met farmers in Brussels.\n", ("Hanssen", "Hansen")),
        ("IDF spokesperson Effie Defrine gave the figures.\n", ("Defrine", "Defrin")),
        # 巴祖姆, 盖莱, 通伦: the names Chinese-language news writes, read back in Pinyin
        ("Ousted Nigerien President Mohamed Bazumu remains in detention.\n", ("Bazumu", "Bazoum")),
        ("Djiboutian President Gailai received the delegation.\n", ("Gailai", "Guelleh")),
        ("Lao President Tonglun met the delegation.\n", ("Tonglun", "Thongloun")),
        ("Brunei's Sultan Hasangnaer received the envoy.\n", ("Hasangnaer", "Hassanal")),
        # 蔣萬安, 邱垂正: Taiwanese names as Mainland Pinyin reads their characters
        ("Taipei Mayor Jiang Wan'an met the delegation.\n", ("Jiang Wan'an", "Chiang Wan-an")),
        (
            "Mainland Affairs Council Minister Qiu Chuizheng responded.\n",
            ("Qiu Chuizheng", "Chiu Chui-cheng"),
        ),
        ("Xinjiang party secretary Ma Xingrei inspected the site.\n", ("Xingrei", "Xingrui")),
        ("Osaka Governor Hirofumi Yoshimora said the expo was a success.\n", ("Yoshimora", "Yoshimura")),
        # Беглов, Кравченко: Russian and Ukrainian names through the German Cyrillic convention
        ("St Petersburg Governor Alexander Beglow opened the forum.\n", ("Beglow", "Beglov")),
        ("Ukrainian Prosecutor General Ruslan Krawtschenko opened a case.\n", ("Krawtschenko", "Kravchenko")),
        ("Russian Deputy Prime Minister Marat Husnullin visited the site.\n", ("Husnullin", "Khusnullin")),
        (
            "Kenyan Interior Cabinet Secretary Kipchumba Murkommen visited the border.\n",
            ("Murkommen", "Murkomen"),
        ),
        ("Bank of Israel Governor Karnit Flugg spoke at the conference.\n", ("Flugg", "Flug")),
        ("Fed Vice Chair Philip Jeffersen gave a speech.\n", ("Jeffersen", "Jefferson")),
        (
            "South African Home Affairs Minister Leon Shreiber announced new visas.\n",
            ("Shreiber", "Schreiber"),
        ),
        (
            "Mexican Economy Secretary Raquel Buenrostros arrived in Washington.\n",
            ("Buenrostros", "Buenrostro"),
        ),
    ],
)
def test_newsroom_people_respelled(names_pass, text, fix):
    assert fix in fixes(names_pass, text)


def test_the_new_people_are_known_as_written(names_pass):
    text = (
        "Nicolás Maduro, Kyriakos Mitsotakis, Meral Akşener, Gustavo Petro, Zhang Hanhui and "
        "Igor Konashenkov were all named in the report. So were Hun Manet, Ibrahim Traoré, Assimi Goita, "
        "Kais Saied, Sushila Karki and Gilbert Houngbo.\n\n"
        "Salva Kiir, Riek Machar, João Lourenço, Duma Boko, Bobi Wine and Adama Barrow were named "
        "in the report. So were Reince Priebus, Mark Meadows, Chad Wolf, Amber Rudd, Jin Liqun, "
        "Valdecy Urquiza, Roxana Mînzatu and Ukhnaagiin Khürelsükh.\n\n"
        "Lisa Cook, Christopher Waller and Michelle Bowman voted. Huw Pill and Mary Ng spoke. "
        "Ayelet Shaked and Moshe Kahlon were absent.\n"
    )
    assert fixes(names_pass, text) == []


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        # Nepal's Pushpa Kamal Dahal: "Kamal" is how translation writes Kemal Kılıçdaroğlu's name
        (
            "Kamal Kilicdaroglu said his alliance would field one candidate.\n",
            ("Kamal Kilicdaroglu", "Kemal Kilicdaroglu"),
        ),
        # Spain's Juan Ignacio Zoido: "Ignacio" is the Spanish form of Lula's "Inácio"
        (
            "Brazilian President Luiz Ignacio Lula da Silva said the talks would go on.\n",
            ("Ignacio", "Inacio"),
        ),
        # Britain's Liam Fox: "Fox" is how an English ear respells "Fogh"
        ("Former NATO Secretary General Anders Fox Rasmussen spoke.\n", ("Fox Rasmussen", "Fogh Rasmussen")),
        # Pakistan's Asad Umar, Mozambique's Filipe Nyusi, Lebanon's Ghassan Salamé
        ("Syrian Foreign Minister Asad al-Shaibani met the envoy.\n", ("Asad", "Asaad")),
        ("Spanish King Filipe VI opened the session.\n", ("Filipe", "Felipe")),
        ("Lebanese Prime Minister Nawaf Salame formed a government.\n", ("Salame", "Salam")),
    ],
)
def test_people_whose_name_words_hide_another_persons_damage_are_left_out(names_pass, text, fix):
    """A listed name's words are correct words: one that is a translation's form of another
    listed person's name would hide that damage, so the person who carries it is not listed."""
    assert fix in fixes(names_pass, text)


def proposed(names_pass: NamesPass, text: str) -> list[tuple[str, str]]:
    proposals = names_pass.run(Document.from_text(text), PassContext(Config())).proposals
    return [(p.original, p.replacement) for p in proposals if p.kind == "name"]


def test_newspapers_translated_word_for_word_get_their_names_back(names_pass):
    text = (
        "The weekly The Chained Duck reported that the minister had lied.\n\n"
        "A report by Tokyo Newspaper said the plan was delayed.\n\n"
        "According to The Daily Fact, the coalition talks failed.\n"
    )
    assert proposed(names_pass, text) == [
        ("The Chained Duck", "Le Canard enchaîné"),
        ("Tokyo Newspaper", "Tokyo Shimbun"),
        ("The Daily Fact", "Il Fatto Quotidiano"),
    ]


def test_parties_agencies_and_newspapers_written_correctly_draw_nothing(names_pass):
    text = (
        "The Africa Centres for Disease Control and Prevention and the US Centres for Disease Control "
        "and Prevention issued warnings.\n\n"
        "Reform UK, the Scottish National Party, United Russia, Georgian Dream, the Awami League and "
        "Yesh Atid issued statements, as did Mediapart, Jeune Afrique and the Bangkok Post.\n"
    )
    assert proposed(names_pass, text) == []


def test_a_surname_that_respells_xi_is_left_out(names_pass):
    """'Shi' is how translation respells Xi Jinping's family name; a listed Shi (the
    Politburo's Shi Taifeng) would make it a correct name, so he is not listed."""
    text = "Chinese President Xi Jinping hosted the talks in Beijing.\n\nShi said the deal was a victory for dialogue.\n"
    assert ("Shi", "Xi") in proposed(names_pass, text)


# People a country-by-country sweep of 2016-2026 office holders found missing (heads of state,
# security and intelligence chiefs, central bankers, opposition leaders): a respelled mention is
# fixed to them, a correct one draws nothing, and a surname that is also an ordinary word or
# another person's name is left alone where it is not theirs.


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Former Joint Chiefs chairman Joseph Danford spoke at the academy.\n", ("Danford", "Dunford")),
        ("Dominican President Luis Abinadir met the delegation.\n", ("Abinadir", "Abinader")),
        ("BfV President Thomas Haldenvang presented the annual report.\n", ("Haldenvang", "Haldenwang")),
        (
            "Bank of Greece Governor Yannis Sturnaras said inflation would ease.\n",
            ("Sturnaras", "Stournaras"),
        ),
        ("Portuguese President Antonio Jose Segura spoke in Lisbon.\n", ("Segura", "Seguro")),
        ("Chega leader Andre Bentura spoke to supporters.\n", ("Bentura", "Ventura")),
        ("Albanian President Bajram Begai received the ambassador.\n", ("Begai", "Begaj")),
        ("Moldovan Prime Minister Alexandru Muntianu visited Brussels.\n", ("Muntianu", "Munteanu")),
        ("Armenian Defence Minister Suren Papikian met the French minister.\n", ("Papikian", "Papikyan")),
        # Москалькова through the German Cyrillic convention
        (
            "Russian human rights commissioner Tatiana Moskalkowa met the families.\n",
            ("Moskalkowa", "Moskalkova"),
        ),
        ("Spanish spy chief Esperanza Castelero testified.\n", ("Castelero", "Casteleiro")),
    ],
)
def test_swept_people_respelled(names_pass, text, fix):
    assert fix in fixes(names_pass, text)


def test_the_swept_people_are_known_as_written(names_pass):
    text = (
        "Kevin Warsh, Joseph Dunford, Nasry Asfura and Luis Abinader were named in the report. "
        "So were Martin Jäger, Sinan Selen, Elisabetta Belloni, Fabien Mandon and Wiesław Kukuła.\n\n"
        "Iliana Iotova, Yannis Stournaras, Nikos Androulakis, António José Seguro, Nuno Melo and "
        "André Ventura spoke. So did Constantinos Kombos, Bajram Begaj, Andriy Hnatov, Rodion "
        "Miroshnik, Tatyana Moskalkova, Suren Papikyan and Alexandru Munteanu.\n"
    )
    assert proposed(names_pass, text) == []


NEAR_MISSES = (
    "Jesse Ventura, the former Minnesota governor, spoke at the rally. The restaurant sells meal "
    "combos, and the soldiers wore heavy coats in the Warsaw winter. The footballer Felipe Melo "
    "joined the club, and Santos beat Flamengo. The surgeon Emil Theodor Kocher won the Nobel "
    "Prize in 1909, and a jaeger is a seabird.\n"
)


def test_new_surnames_that_are_words_or_other_peoples_names_leave_correct_text_alone(names_pass):
    """Ventura, Melo, Santos, Kocher, Jäger's respelling Jaeger, and Kombos's English
    look-alike 'combos'."""
    assert proposed(names_pass, NEAR_MISSES) == []


def test_a_spanish_segura_is_not_portugals_president_unless_a_portuguese_name_is_near(names_pass):
    """Segura is a common Spanish surname one letter from Seguro: alone it draws nothing;
    after a mention that reads as Portuguese (Ventura) it is proposed for review only."""
    alone = "The Spanish striker Segura scored twice in Valencia.\n"
    assert proposed(names_pass, alone) == []
    after = "Jesse Ventura spoke. The Spanish striker Segura scored twice in Valencia.\n"
    assert fixes(names_pass, after) == []


def test_a_new_name_beside_another_persons_still_lets_that_persons_damage_be_fixed(names_pass):
    """Costa Rica's Rodrigo Chaves is listed: Hugo Chávez written 'Chaves' is still his, and
    Sweden's former supreme commander Mikael Bydén is left out: his 'Byden' would make a
    respelled Biden correct."""
    assert ("Chaves", "Chavez") in fixes(
        names_pass, "Former Venezuelan President Hugo Chaves died in 2013.\n"
    )
    assert ("Byden", "Biden") in fixes(names_pass, "Joe Byden spoke at the White House.\n")


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Iranian Intelligence Minister Ismail Khateeb warned of plots.\n", ("Khateeb", "Khatib")),
        ("Mauritanian President Mohamed Ould Ghazwani arrived in Addis Ababa.\n", ("Ghazwani", "Ghazouani")),
        ("Togolese President Faure Gnasingbe addressed parliament.\n", ("Gnasingbe", "Gnassingbe")),
        ("Beninese President Patrice Tallon met the delegation.\n", ("Tallon", "Talon")),
        ("Fijian Prime Minister Sitiveni Rambuka met the minister.\n", ("Rambuka", "Rabuka")),
        ("Syrian Interior Minister Anas Khatab announced arrests.\n", ("Khatab", "Khattab")),
        ("PUK leader Bafel Talibani met the prime minister.\n", ("Talibani", "Talabani")),
        ("ISPR Director General Ahmed Sharif Chowdhry briefed reporters.\n", ("Chowdhry", "Chaudhry")),
        ("UN counter-terrorism chief Vladimir Voronkow spoke.\n", ("Voronkow", "Voronkov")),
        # 马拉佩, 索加瓦雷: the names Chinese-language news writes, read back in Pinyin
        ("Papua New Guinea's Prime Minister Malapei spoke at the forum.\n", ("Malapei", "Marape")),
        (
            "Former Solomon Islands Prime Minister Manasseh Suojiawalei visited Beijing.\n",
            ("Suojiawalei", "Sogavare"),
        ),
    ],
)
def test_swept_people_of_asia_africa_and_the_un_respelled(names_pass, text, fix):
    assert fix in fixes(names_pass, text)


def test_the_swept_people_of_asia_africa_and_the_un_are_known_as_written(names_pass):
    text = (
        "Gali Baharav-Miara, Majed Faraj, Jibril Rajoub, Osama Hamdan, Basem Naim and Mustafa "
        "Barghouti were named in the report. So were Anas Khattab, Bafel Talabani, Saeed Jalili, "
        "Ali Akbar Velayati, Manoj Pande, Tapan Deka and Mahrang Baloch.\n\n"
        "Thae Yong-ho, Fahmi Fadzil, James Marape, Sitiveni Rabuka, Jeremiah Manele, Patrice Talon, "
        "and Faure Gnassingbé spoke. So did Thabo Mbeki, Muhoozi Kainerugaba, "
        "Corneille Nangaa, Sabine Weyand, Martin Selmayr, Omar Zniber and Philemon Yang.\n"
    )
    assert proposed(names_pass, text) == []


def test_talon_and_massoud_leave_words_and_other_people_alone(names_pass):
    """Benin's Talon is an English word, and the Afghan Ahmad Massoud shares a spelling of
    Barzani's first name, which stays correct. Left out: Fuad Shukr (his surname made a
    respelled Sameh Shoukry, 'Shukr', a correct name: 0.97 -> 0.8), Nigeria's Christopher
    Musa and Hamas's Mousa Abu Marzouk (their first words are respellings of Moussa Faki's
    first name: 0.97 -> 0.85), and Gabon's Brice Oligui Nguema ('Brice' is Ned Price's name
    read through Arabic, which has no p: 0.97 -> 0.8)."""
    clean = (
        "The eagle's talon gripped the branch, and the musa plant grew by the river.\n\n"
        "Kurdish leader Massoud Barzani met Ahmad Shah Massoud's son in Erbil.\n"
    )
    assert proposed(names_pass, clean) == []
    faki = "{} Faki Mahamat, the African Union Commission chairman, spoke in Addis Ababa.\n"
    assert ("Musa", "Moussa") in fixes(names_pass, faki.format("Musa"))
    assert ("Mousa", "Moussa") in fixes(names_pass, faki.format("Mousa"))
    assert ("Brice", "Price") in fixes(
        names_pass, "State Department spokesman Ned Brice said talks would go on.\n"
    )
    assert ("Shukr", "Shoukry") in fixes(names_pass, "Egyptian Foreign Minister Sameh Shukr met the envoy.\n")


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Irish Foreign Minister Helen McEntie met her British counterpart.\n", ("McEntie", "McEntee")),
        ("Central Bank of Ireland Governor Gabriel Makhluf warned of risks.\n", ("Makhluf", "Makhlouf")),
        (
            "Croatian Interior Minister Davor Bozinovich said the border was secure.\n",
            ("Bozinovich", "Bozinovic"),
        ),
        ("Romanian Interior Minister Catalin Predoi met his counterpart.\n", ("Predoi", "Predoiu")),
        # Митов through the German Cyrillic convention
        ("Bulgarian Interior Minister Daniel Mitow spoke.\n", ("Mitow", "Mitov")),
        (
            "Greek Citizen Protection Minister Michalis Chrysochoides spoke.\n",
            ("Chrysochoides", "Chrysochoidis"),
        ),
        ("Austrian Interior Minister Gerhard Karnar spoke.\n", ("Karnar", "Karner")),
        ("Danish Justice Minister Peter Hummelgard presented the bill.\n", ("Hummelgard", "Hummelgaard")),
        ("Finnish Interior Minister Mari Rantenen spoke.\n", ("Rantenen", "Rantanen")),
        ("DGSI head Celine Bertron spoke.\n", ("Bertron", "Berthon")),
    ],
)
def test_swept_european_ministers_respelled(names_pass, text, fix):
    assert fix in fixes(names_pass, text)


def test_swept_european_ministers_and_their_namesakes_are_left_alone(names_pass):
    """Correct mentions of the new ministers draw nothing, nor, in another article, namesakes
    and words that look like them: the ham called jambon, another Radev (Dimitar Radev, the
    central banker, is left out beside President Rumen Radev), the shipowner Marinakis
    (Greece's government spokesman Pavlos Marinakis is left out), Spanish Sarmiento and
    Avalos beside Portugal's Sarmento and Spain's Ábalos. (In an article that names Jan
    Jambon, a lower-case 'jambon' is taken for his name, as 'taro' is for Taro Kono's.)"""
    names = (
        "Helen McEntee, Vít Rakušan, Tomio Okamura, Ivan Anušić, Sándor Pintér and Cătălin Predoiu "
        "were named in the report. So were Kostis Hatzidakis, Kyriakos Pierrakakis, Jan Jambon, "
        "Annelies Verlinden, Peter Hummelgaard, Gerhard Karner and Andreas Babler.\n"
    )
    lookalikes = (
        "A jambon sandwich costs five euros. Rumen Radev met Dimitar Radev at the central bank. "
        "Olympiacos owner Evangelos Marinakis watched the game. The Colombian banker Luis Carlos "
        "Sarmiento bought the company, and the Mexican boxer Avalos won the fight in Monterrey.\n"
    )
    assert proposed(names_pass, names) == []
    assert proposed(names_pass, lookalikes) == []


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("South African Police Minister Senzo Mchuno spoke.\n", ("Mchuno", "Mchunu")),
        ("ANC Secretary-General Fikile Mbalulla said the party would win.\n", ("Mbalulla", "Mbalula")),
        ("Algerian Prime Minister Nadir Larbawi visited the site.\n", ("Larbawi", "Larbaoui")),
        ("Moroccan Interior Minister Abdelouafi Laftite announced measures.\n", ("Laftite", "Laftit")),
        ("Former Ivorian President Laurent Bagbo returned home.\n", ("Bagbo", "Gbagbo")),
        ("Chadian Prime Minister Succes Masera resigned.\n", ("Masera", "Masra")),
        ("Congolese opposition leader Moise Katumbe rejected the result.\n", ("Katumbe", "Katumbi")),
        ("Tanzanian Prime Minister Kassim Majaliva spoke.\n", ("Majaliva", "Majaliwa")),
        ("Comorian President Azali Asumani spoke.\n", ("Asumani", "Assoumani")),
        # 图瓦德拉, 敦布亚: the names Chinese-language news writes, read back
        ("Central African President Tuwadela received the delegation.\n", ("Tuwadela", "Touadera")),
        ("Guinean junta leader Dunbuya voted.\n", ("Dunbuya", "Doumbouya")),
    ],
)
def test_swept_african_leaders_respelled(names_pass, text, fix):
    assert fix in fixes(names_pass, text)


def test_swept_african_leaders_are_known_as_written(names_pass):
    text = (
        "Senzo Mchunu, Gwede Mantashe, Noordin Haji, Martha Karua, Nadir Larbaoui, Abdelouafi "
        "Laftit, Tidjane Thiam and Laurent Gbagbo were named in the report. So were Choguel Maïga, "
        "Sadio Camara, Succès Masra, Faustin-Archange Touadéra, Moïse Katumbi and Martin Fayulu.\n\n"
        "Kassim Majaliwa, Robinah Nabbanja, Edgar Lungu, Constantino Chiwenga, Navin Ramgoolam, "
        "Mamady Doumbouya, Mamadi Doumbouya, Mahamudu Bawumia and Azali Assoumani spoke.\n"
    )
    assert proposed(names_pass, text) == []


def test_fettah_and_levi_stay_other_peoples_damage(names_pass):
    """Morocco's finance minister Nadia Fettah Alaoui and Mozambique's prime minister Maria
    Benvinda Levi are left out: 'Fettah' is a transliteration of al-Sisi's and al-Burhan's
    'Fattah', and 'Levi' a respelling of Yariv Levin's surname."""
    assert ("Fettah", "Fattah") in fixes(
        names_pass, "Egyptian President Abdel Fettah al-Sisi said talks would go on.\n"
    )
    assert ("Levi", "Levin") in fixes(
        names_pass, "Israeli Justice Minister Yariv Levi said talks would go on.\n"
    )


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Peruvian opposition leader Keiko Fujimory conceded.\n", ("Fujimory", "Fujimori")),
        ("Venezuelan opposition leader Henrique Caprilles spoke.\n", ("Caprilles", "Capriles")),
        ("Haitian gang leader Jimmy Cherisier threatened the government.\n", ("Cherisier", "Cherizier")),
        ("Jamaican Prime Minister Andrew Holnes spoke.\n", ("Holnes", "Holness")),
        ("Barbadian Prime Minister Mia Motley spoke at the summit.\n", ("Motley", "Mottley")),
        ("Former Surinamese President Chan Santoki spoke.\n", ("Santoki", "Santokhi")),
        ("Guatemalan Attorney General Consuelo Porres was sanctioned.\n", ("Porres", "Porras")),
    ],
)
def test_swept_latin_american_and_caribbean_people_respelled(names_pass, text, fix):
    assert fix in fixes(names_pass, text)


def test_swept_latin_american_people_known_as_written_and_their_lookalikes_left_alone(names_pass):
    """Mottley's respelling 'motley' is an English word, and the painter Velázquez and
    Costa Rica's other Alvarado are other people."""
    names = (
        "Martín Menem, Carolina Tohá, Iván Velásquez, Armando Benedetti, Keiko Fujimori, Henrique "
        "Capriles and Leopoldo López were named in the report. So were Jovenel Moïse, Andrew "
        "Holness, Mia Mottley, Irfaan Ali, Bharrat Jagdeo and Chan Santokhi.\n"
    )
    lookalikes = (
        "Barbadian Prime Minister Mia Mottley spoke. The coalition was a motley crew of islands. "
        "The painter Diego Velázquez was discussed, and Carlos Alvarado Quesada and Fabricio "
        "Alvarado ran for president.\n"
    )
    assert proposed(names_pass, names) == []
    assert proposed(names_pass, lookalikes) == []


# Native spellings given to listed office holders who had none: the Cyrillic Russian news
# writes for Turkish, Israeli, Iranian, Arab, Balkan, Caucasian and Central Asian officials,
# and the characters Chinese-language news writes for some of them.
@pytest.mark.parametrize(
    ("text", "fix"),
    [
        # Айзенкот, Кохави, Ерликая, Спаич, Мицкоски: read back through the Cyrillic systems
        ("Former Israeli military chief Gadi Aizenkot left the cabinet.\n", ("Aizenkot", "Eisenkot")),
        ("Former IDF Chief of Staff Aviv Kokhavi gave a lecture.\n", ("Kokhavi", "Kochavi")),
        ("Turkish Interior Minister Ali Erlikaja announced the arrests.\n", ("Erlikaja", "Yerlikaya")),
        ("Montenegrin Prime Minister Milojko Spaich met investors.\n", ("Spaich", "Spajic")),
        (
            "North Macedonian Prime Minister Hristijan Mitskoski spoke in Skopje.\n",
            ("Mitskoski", "Mickoski"),
        ),
        # 萨菲丁, 法赫里扎德: read back in Pinyin
        ("Senior Hezbollah official Hashem Safeiding gave a speech.\n", ("Safeiding", "Safieddine")),
        ("Iranian nuclear scientist Mohsen Fahelizhade was killed.\n", ("Fahelizhade", "Fakhrizadeh")),
    ],
)
def test_office_holders_read_back_from_another_script(names_pass, text, fix):
    assert fix in fixes(names_pass, text)


def test_office_holders_given_a_native_spelling_are_known_as_written(names_pass):
    text = (
        "Gadi Eisenkot, Aviv Kochavi, Ali Yerlikaya, Milojko Spajić, Hristijan Mickoski, Hashem "
        "Safieddine and Mohsen Fakhrizadeh were named in the report. So were Numan Kurtulmuş, "
        "Fethullah Gülen, Abdullah Öcalan, Miri Regev, Nir Barkat, Ali Akbar Salehi, Anwar "
        "Gargash and Omar Razzaz.\n"
    )
    assert proposed(names_pass, text) == []


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("North Macedonian Prime Minister Zoran Zayev resigned.\n", ("Zayev", "Zaev")),
        ("Belgorod Governor Vyacheslav Gladkow said the region was shelled.\n", ("Gladkow", "Gladkov")),
        ("Kazakh First Deputy Prime Minister Roman Skliar visited the plant.\n", ("Skliar", "Sklyar")),
        ("Former Ecuadorian President Rafael Korrea spoke from Belgium.\n", ("Korrea", "Correa")),
        ("Cuban Prime Minister Manuel Maleiluo announced the measures.\n", ("Maleiluo", "Marrero")),
        (
            "Iranian armed forces spokesman Abolfazl Shekarchy warned Israel.\n",
            ("Shekarchy", "Shekarchi"),
        ),
    ],
)
def test_second_sweep_people_respelled(names_pass, text, fix):
    assert fix in fixes(names_pass, text)


def test_second_sweep_people_are_known_as_written(names_pass):
    """People a newsroom expects and the gazetteer lacked: Balkan, Russian and Ukrainian office
    holders, Chinese, Iranian, Arab, Turkish and Latin American ones. Left out: Pyotr Tolstoy
    (the writer's namesake), Ilir Meta (the company), Siniša Mali (the country), Gjorge Ivanov
    and Bujar Osmani (other listed people's surnames), Burhanettin Duran (Rafael Ojeda Durán's
    surname) and Mousa Abu Marzouk (his 'Mousa' and 'Musa' made Moussa Faki's respelled first
    name correct)."""
    text = (
        "Zoran Zaev, Stevo Pendarovski, Hashim Thaçi, Ramush Haradinaj, Sali Berisha, Dritan "
        "Abazović, Aleksandar Vulin, Bakir Izetbegović, Željka Cvijanović and Robert Kocharyan "
        "were named in the report. So were Vyacheslav Gladkov, Alexander Khinshtein, Oleg "
        "Salyukov, Yuri Chaika, Oleksandr Turchynov, Oleksandr Pavliuk, Wang Yang, Fu Ying, Li "
        "Shulei, Mohsen Rezaei, Husam Zomlot, Mahmoud al-Mashhadani, Müsavat Dervişoğlu, Manuel "
        "Marrero Cruz, Rafael Correa, Laurentino Cortizo and Susana Muhamad. COP30 President André "
        "Corrêa do Lago spoke.\n"
    )
    assert proposed(names_pass, text) == []


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        # 洪博培 and 商鹏飞: the Chinese names Jon Huntsman and François-Philippe Champagne use
        ("Former US Ambassador to China Hong Bopei spoke in Beijing.\n", ("Hong Bopei", "Jon Huntsman")),
        (
            "Canadian Foreign Minister Shang Pengfei met his Chinese counterpart.\n",
            ("Shang Pengfei", "Francois-Philippe Champagne"),
        ),
        # Гершкович, Идальго, Йоурова: read back through the German and French conventions
        ("The jailed reporter Evan Gerschkowitsch was freed.\n", ("Gerschkowitsch", "Gershkovich")),
        ("Mayor of Paris Anne Idalgo opened the games.\n", ("Idalgo", "Hidalgo")),
        ("European Commission Vice-President Vera Yourova visited Kyiv.\n", ("Yourova", "Jourova")),
    ],
)
def test_western_office_holders_read_back_from_chinese_and_russian(names_pass, text, fix):
    assert fix in fixes(names_pass, text)


def test_western_office_holders_given_a_native_spelling_are_known_as_written(names_pass):
    """Eberhard Zorn keeps no Цорн (one Cyrillic reading is 'Corn') and Bill Morneau no 莫诺
    ('Mono')."""
    text = (
        "Jon Huntsman, Evan Gershkovich, Anne Hidalgo, Věra Jourová, Peter Mandelson, Suella "
        "Braverman, Joachim Nagel, Ignazio Visco, Pierre Moscovici, Mark Lowcock and Mary Ng were "
        "named in the report. Eberhard Zorn and Bill Morneau spoke. The corn harvest was late, and "
        "mono recordings were played.\n"
    )
    assert proposed(names_pass, text) == []
