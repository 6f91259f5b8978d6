"""Word lists of the places extractor: cue words, demonyms beyond the data file, outlet countries."""

from __future__ import annotations

# A word after a name that makes it a first-level division ("the Kherson region", "Donetsk Oblast").
ADMIN_CUES = frozenset(
    {"region", "province", "oblast", "state", "governorate", "prefecture", "krai", "kray", "territory",
     "canton", "voivodeship", "department", "emirate"}
)
# The same for second-level divisions ("Suffolk County", "Bakhmut district").
ADMIN2_CUES = frozenset({"county", "district", "raion", "parish", "borough", "shire"})
# Words before "of X" that say what X is ("the state of Texas", "the city of Bakhmut").
ADMIN_OF_CUES = frozenset({"state", "province", "region", "oblast", "governorate", "republic", "territory"})
TOWN_CUES = frozenset({"city", "town", "village", "capital", "port", "suburb", "municipality", "settlement"})
# Name words that make a span a natural feature or a region the gazetteer does not hold.
NATURAL_SUFFIXES = frozenset(
    {"River", "Sea", "Ocean", "Lake", "Mountains", "Mountain", "Mount", "Valley", "Island", "Islands",
     "Peninsula", "Gulf", "Bay", "Strait", "Desert", "Coast", "Forest", "Canal", "Park", "Square",
     "Street", "Avenue", "Road", "Bridge", "Airport", "Station", "Beach", "Hills", "Plain", "Basin"}
)

# Demonyms the data file lacks or spells differently; plurals are added when loading.
EXTRA_DEMONYMS = {
    "English": "GB", "Scottish": "GB", "Scots": "GB", "Welsh": "GB", "Briton": "GB", "Brits": "GB",
    "Britons": "GB", "Irish": "IE", "Northern Irish": "GB", "Emirati": "AE", "Saudi": "SA",
    "Israeli": "IL", "Palestinian": "PS", "Filipino": "PH", "Filipinos": "PH", "Kiwi": "NZ",
    "Chinese": "CN", "Japanese": "JP", "Vietnamese": "VN", "Lebanese": "LB", "Sudanese": "SD",
    "Congolese": "CD", "Taiwanese": "TW", "Portuguese": "PT", "Burmese": "MM", "Dutch": "NL",
    "French": "FR", "Swiss": "CH", "Belarusian": "BY", "Belarusians": "BY", "Kazakh": "KZ",
    "Uzbek": "UZ", "Tajik": "TJ", "Turkmen": "TM", "Kyrgyz": "KG", "Yemeni": "YE", "Iraqi": "IQ",
    "Kuwaiti": "KW", "Qatari": "QA", "Omani": "OM", "Bahraini": "BH", "Pakistani": "PK",
    "Bangladeshi": "BD", "Afghan": "AF", "Afghans": "AF", "Syrian": "SY", "Turkish": "TR",
    "Turks": "TR", "Russian": "RU", "Ukrainian": "UA", "American": "US", "Americans": "US",
    "Soviet": "RU", "Polish": "PL", "Poles": "PL", "Danish": "DK", "Danes": "DK", "Swedish": "SE",
    "Swedes": "SE", "Finnish": "FI", "Finns": "FI", "Spanish": "ES", "Spaniards": "ES",
    "Moldovan": "MD", "Georgian": "GE", "Armenian": "AM", "Azerbaijani": "AZ", "Azeri": "AZ",
    "Chechen": "RU", "Crimean": "UA", "Malian": "ML", "Nigerien": "NE", "Nigerian": "NG",
    "Libyan": "LY", "Egyptian": "EG", "Iranian": "IR", "Persian": "IR", "Korean": "KR",
    "North Korean": "KP", "South Korean": "KR", "South African": "ZA", "New Zealander": "NZ",
    "Argentine": "AR", "Argentinian": "AR", "Norwegian": "NO", "Norwegians": "NO", "Nepali": "NP",
    "Serb": "RS", "Serbs": "RS", "Croat": "HR", "Croats": "HR", "Bosnian": "BA", "Kosovar": "XK",
    "Ecuadorian": "EC", "Sri Lankan": "LK", "Indian": "IN", "Indians": "IN",
}

# Outlets and web domains whose home country is a fair prior for where unqualified places lie.
OUTLET_COUNTRIES = {
    "moscow times": "RU", "tass": "RU", "ria novosti": "RU", "interfax": "RU", "meduza": "RU",
    "kommersant": "RU", "izvestia": "RU", "kyiv independent": "UA", "ukrainska pravda": "UA",
    "bbc": "GB", "guardian": "GB", "telegraph": "GB", "independent": "GB", "sky news": "GB",
    "financial times": "GB", "new york times": "US", "washington post": "US", "cnn": "US",
    "fox news": "US", "npr": "US", "nbc news": "US", "cbs news": "US", "politico": "US",
    "wall street journal": "US", "haaretz": "IL", "xinhua": "CN", "yonhap": "KR", "efe": "ES",
    "europa press": "ES", "europepress": "ES", "le monde": "FR", "le figaro": "FR", "der spiegel": "DE",
    "deutsche welle": "DE", "el país": "ES", "nationalpost": "CA", "cbc": "CA", "globalnews": "CA",
    "abc.net.au": "AU", "nola": "US",
}
# Country-code domains that do not name their country by their letters.
TLD_COUNTRIES = {"uk": "GB"}
GENERIC_TLDS = frozenset({"com", "org", "net", "info", "edu", "gov", "int", "news", "io", "co", "tv", "me"})

# Seats of government named for the institution ("the White House said"): actors, not places.
NOT_PLACES = frozenset(
    {"White House", "Kremlin", "Pentagon", "Downing Street", "Whitehall", "Élysée", "Elysee", "Capitol Hill",
     "Blue House", "Quai d'Orsay", "Foggy Bottom", "Bankova", "Zhongnanhai"}
)
HONORIFICS = frozenset(
    {"Mr", "Ms", "Mrs", "Miss", "Dr", "Sir", "Dame", "President", "Prime", "Minister", "Cardinal",
     "Bishop", "Pope", "Gen", "Col", "Captain", "Capt", "Sen", "Senator", "Rep", "Gov", "Governor",
     "Mayor", "Judge", "Justice", "Father", "Rev"}
)
# Single capitalised words that name divisions or hamlets somewhere but, alone in English news,
# are almost never a place ("the Centre", "West", "Valley", "Time").
GENERIC_WORDS = frozenset(
    {"centre", "center", "central", "west", "east", "north", "south", "western", "eastern", "northern",
     "southern", "north-west", "valley", "city", "capital", "coast", "island", "islands", "mountain",
     "highlands", "lowlands", "border", "lakes", "plateau", "littoral", "interior", "delta", "upper",
     "lower", "time", "games", "king", "liberal", "union", "liberty", "independence", "progress", "hope",
     "victory", "unity", "harmony", "mission", "paradise", "eden", "federal", "national", "metro",
     "downtown", "midtown", "uptown", "county", "state", "province", "region", "district", "village",
     "town", "lake", "river", "bay", "port", "mount", "park", "square", "street", "avenue", "road",
     "university", "college", "church", "school", "hospital", "airport", "station", "bridge", "camp",
     "fort", "home", "house", "hall", "market", "mall", "office", "embassy", "heritage", "commonwealth"}
)
# Title words that follow a place in "Manitoba Premier Brian Pallister", "Texas Governor Greg Abbott".
TITLE_WORDS = frozenset(
    {"Premier", "President", "Prime", "Minister", "Governor", "Gov.", "Mayor", "Police", "police",
     "Attorney", "Senator", "Sen.", "Rep.", "Representative", "Chancellor", "King", "Queen", "Foreign",
     "Defence", "Defense", "Interior", "Health", "Finance", "Chief", "Sheriff", "MP", "MPs", "Ambassador",
     "Secretary", "Congressman", "Congresswoman", "Lt.", "Lieutenant", "Deputy", "Commissioner"}
)
# Adjectives and group names of regions and peoples with no single country: not toponyms either.
REGIONAL_DEMONYMS = frozenset(
    {"European", "Europeans", "African", "Africans", "Asian", "Asians", "Arab", "Arabs", "Latin American",
     "Latin Americans", "Central American", "Central Americans", "South American", "North American",
     "Middle Eastern", "Western", "Eastern", "Nordic", "Scandinavian", "Scandinavians", "Balkan",
     "Caribbean", "Kurdish", "Kurd", "Kurds", "Latino", "Latinos", "Hispanic", "Slavic", "Pacific Islander",
     "Sub-Saharan", "Transatlantic", "Soviet", "Pan-African"}
)
# Words before a name that make it a place even when it is also a given name ("in Tyler", "near Levi").
PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "outside", "from", "to", "into", "across", "around", "throughout", "toward",
     "towards", "via", "through", "between", "inside", "within"}
)
# Last words of a name that make a span a facility or a feature, not a person ("Grace Hospital").
FACILITY_WORDS = NATURAL_SUFFIXES | frozenset(
    {"Hall", "Place", "Centre", "Center", "Hospital", "School", "College", "University", "Church",
     "Cathedral", "Tower", "Building", "House", "Court", "Estate", "Farm", "Stadium", "Arena", "Theatre",
     "Theater", "Museum", "Garden", "Gardens", "Lane", "Drive", "Way", "Boulevard", "Heights", "Point",
     "Township", "City", "County", "Town", "Village", "Springs", "Falls", "Harbour", "Harbor", "Creek",
     "Terrace", "Crescent", "Close", "Grove", "Parish", "Port", "Island", "Field", "Fields"}
)
# Words before a lone name that make it a person ("his brother Tyler", "her daughter, Delicie").
KIN_WORDS = frozenset(
    {"brother", "sister", "son", "daughter", "wife", "husband", "mother", "father", "girlfriend",
     "boyfriend", "fiancé", "fiancée", "fiance", "fiancee", "baby", "grandson", "granddaughter",
     "grandmother", "grandfather", "cousin", "nephew", "niece", "uncle", "aunt", "widow", "stepson",
     "stepdaughter", "mom", "dad", "mum", "siblings", "twin", "sons", "daughters", "brothers", "sisters"}
)
