"""Places: the territories of the world's conflicts and disasters, their cities, camps and regions.

A figure's place is the territory its clause, sentence or paragraph names (else the document's main
place); a city, camp or region named in its clause is its subplace ("rafah" in Gaza). Add a place by
adding a line: the territory's key, the names it goes by, its people, then its cities and regions.
"""

from checker.lexicon import Place, Vocabulary
from checker.rule import Example, Expect, Rule

# key | names | people | places inside it (key=name/other name), continued on indented lines
_TABLE = """
gaza | Gaza; Gaza Strip; the Gaza Strip | Gazans | gaza_city=Gaza City; rafah=Rafah;
    khan_younis=Khan Younis/Khan Yunis/Khan Younes; deir_al_balah=Deir al-Balah/Deir el-Balah/Deir Al Balah;
    jabalia=Jabalia/Jabaliya/Jabalya; nuseirat=Nuseirat; beit_lahia=Beit Lahia/Beit Lahiya; beit_hanoun=Beit Hanoun;
    maghazi=Maghazi; bureij=Bureij; mawasi=Mawasi/al-Mawasi/Al-Mawasi; shejaiya=Shejaiya/Shujaiya; zeitoun=Zeitoun;
    netzarim=Netzarim; north_gaza=North Gaza/northern Gaza; south_gaza=southern Gaza
westbank | West Bank; occupied West Bank; the West Bank | | jenin=Jenin; tulkarm=Tulkarm/Tulkarem; nablus=Nablus;
    ramallah=Ramallah; hebron=Hebron; bethlehem=Bethlehem; jericho=Jericho; tubas=Tubas; qalqilya=Qalqilya;
    nur_shams=Nur Shams; balata=Balata; east_jerusalem=East Jerusalem
israel | Israel; southern Israel; northern Israel; central Israel | Israelis | tel_aviv=Tel Aviv;
    jerusalem=Jerusalem; haifa=Haifa; sderot=Sderot; ashkelon=Ashkelon; beeri=Be'eri/Beeri; kfar_aza=Kfar Aza;
    nir_oz=Nir Oz; reim=Re'im; ofakim=Ofakim; eilat=Eilat; kiryat_shmona=Kiryat Shmona; metula=Metula
lebanon | Lebanon; southern Lebanon | Lebanese | beirut=Beirut; tyre=Tyre; sidon=Sidon; nabatieh=Nabatieh;
    baalbek=Baalbek; bekaa=Bekaa/Bekaa Valley; dahiyeh=Dahiyeh
syria | Syria | Syrians | damascus=Damascus; aleppo=Aleppo; idlib=Idlib; homs=Homs; latakia=Latakia;
    sweida=Sweida/Suwayda; hama=Hama; deir_ez_zor=Deir ez-Zor; tartus=Tartus
yemen | Yemen | Yemenis | sanaa=Sanaa/Sana'a; hodeidah=Hodeidah/Hudaydah; aden=Aden; marib=Marib; taiz=Taiz;
    saada=Saada
iran | Iran | Iranians | tehran=Tehran; isfahan=Isfahan; natanz=Natanz; tabriz=Tabriz
iraq | Iraq | Iraqis | baghdad=Baghdad; mosul=Mosul; erbil=Erbil
sudan | Sudan | Sudanese | khartoum=Khartoum; darfur=Darfur/North Darfur/South Darfur/West Darfur;
    el_fasher=El Fasher/El-Fasher/Al-Fashir/al-Fashir/Al Fashir; omdurman=Omdurman; port_sudan=Port Sudan;
    kordofan=Kordofan/North Kordofan/South Kordofan; geneina=El Geneina/Geneina; zamzam=Zamzam; nyala=Nyala;
    wad_madani=Wad Madani; gezira=Gezira/Al Jazirah; el_obeid=El Obeid; kadugli=Kadugli; babanusa=Babanusa;
    tawila=Tawila
south_sudan | South Sudan | South Sudanese | juba=Juba; renk=Renk
chad | Chad | Chadians | adre=Adre
egypt | Egypt | Egyptians | cairo=Cairo; el_arish=El-Arish/El Arish
jordan | Jordan | Jordanians | amman=Amman
qatar | Qatar | Qataris | doha=Doha
turkey | Turkey; Türkiye; Turkiye | Turks | ankara=Ankara; istanbul=Istanbul; hatay=Hatay;
    kahramanmaras=Kahramanmaras/Kahramanmaraş; gaziantep=Gaziantep; malatya=Malatya; adiyaman=Adiyaman
ukraine | Ukraine | Ukrainians | kyiv=Kyiv/Kiev; kharkiv=Kharkiv; odesa=Odesa/Odessa; dnipro=Dnipro;
    zaporizhzhia=Zaporizhzhia; kherson=Kherson; mariupol=Mariupol; bakhmut=Bakhmut; avdiivka=Avdiivka;
    pokrovsk=Pokrovsk; sumy=Sumy; lviv=Lviv; donetsk=Donetsk; luhansk=Luhansk; crimea=Crimea; kryvyi_rih=Kryvyi Rih;
    chernihiv=Chernihiv
russia | Russia | Russians | moscow=Moscow; kursk=Kursk; belgorod=Belgorod; st_petersburg=St Petersburg
myanmar | Myanmar; Burma | | mandalay=Mandalay; yangon=Yangon; naypyitaw=Naypyitaw/Nay Pyi Taw/Naypyidaw;
    sagaing=Sagaing; rakhine=Rakhine; shan=Shan State
drc | Democratic Republic of Congo; Democratic Republic of the Congo; DR Congo; DRC; Congo | Congolese | goma=Goma;
    bukavu=Bukavu; north_kivu=North Kivu; south_kivu=South Kivu; kinshasa=Kinshasa; ituri=Ituri
haiti | Haiti | Haitians | port_au_prince=Port-au-Prince
ethiopia | Ethiopia | Ethiopians | tigray=Tigray; amhara=Amhara; addis_ababa=Addis Ababa
somalia | Somalia | Somalis | mogadishu=Mogadishu
libya | Libya | Libyans | derna=Derna; benghazi=Benghazi; tripoli=Tripoli
morocco | Morocco | Moroccans | marrakech=Marrakech/Marrakesh; al_haouz=Al Haouz
afghanistan | Afghanistan | Afghans | herat=Herat; kabul=Kabul; kunar=Kunar; nangarhar=Nangarhar;
    jalalabad=Jalalabad; badakhshan=Badakhshan
pakistan | Pakistan | Pakistanis | karachi=Karachi; lahore=Lahore; khyber_pakhtunkhwa=Khyber Pakhtunkhwa;
    sindh=Sindh; balochistan=Balochistan; buner=Buner; swat=Swat; islamabad=Islamabad
india | India | Indians | kerala=Kerala; wayanad=Wayanad; manipur=Manipur; himachal=Himachal Pradesh;
    uttarakhand=Uttarakhand; sikkim=Sikkim; assam=Assam; kashmir=Kashmir
nepal | Nepal | Nepalis; Nepalese | kathmandu=Kathmandu; jajarkot=Jajarkot
bangladesh | Bangladesh | Bangladeshis | dhaka=Dhaka; coxs_bazar=Cox's Bazar
japan | Japan | Japanese | noto=Noto/Noto Peninsula; ishikawa=Ishikawa; tokyo=Tokyo; wajima=Wajima
taiwan | Taiwan | Taiwanese | hualien=Hualien; taipei=Taipei
china | China | Chinese | gansu=Gansu; tibet=Tibet/Xizang; beijing=Beijing; hebei=Hebei
philippines | Philippines | Filipinos | manila=Manila; mindanao=Mindanao; cebu=Cebu
indonesia | Indonesia | Indonesians | sumatra=Sumatra; java=Java; sulawesi=Sulawesi; aceh=Aceh
vietnam | Vietnam | Vietnamese | hanoi=Hanoi
thailand | Thailand | Thais | bangkok=Bangkok
spain | Spain | Spaniards | valencia=Valencia; paiporta=Paiporta
italy | Italy | Italians | emilia_romagna=Emilia-Romagna
greece | Greece | Greeks | rhodes=Rhodes
germany | Germany | Germans |
poland | Poland | |
united_states | United States; U.S.; US; USA; America | Americans | north_carolina=North Carolina; florida=Florida;
    texas=Texas; california=California; los_angeles=Los Angeles; kerr_county=Kerr County; hawaii=Hawaii; maui=Maui;
    lahaina=Lahaina; asheville=Asheville; tennessee=Tennessee; new_orleans=New Orleans
mexico | Mexico | Mexicans | acapulco=Acapulco
jamaica | Jamaica | Jamaicans | kingston=Kingston
cuba | Cuba | Cubans |
brazil | Brazil | Brazilians | rio_grande_do_sul=Rio Grande do Sul; porto_alegre=Porto Alegre
chile | Chile | Chileans | vina_del_mar=Viña del Mar/Vina del Mar; valparaiso=Valparaiso
canada | Canada | Canadians |
australia | Australia | Australians |
kenya | Kenya | Kenyans | nairobi=Nairobi
nigeria | Nigeria | Nigerians | maiduguri=Maiduguri; borno=Borno
mali | Mali | |
burkina_faso | Burkina Faso | |
niger | Niger | |
mozambique | Mozambique | |
malawi | Malawi | |
madagascar | Madagascar | |
vanuatu | Vanuatu | | port_vila=Port Vila
papua_new_guinea | Papua New Guinea | |
armenia | Armenia | Armenians | nagorno_karabakh=Nagorno-Karabakh
azerbaijan | Azerbaijan | |
venezuela | Venezuela | Venezuelans |
colombia | Colombia | Colombians |
saudi_arabia | Saudi Arabia | Saudis | riyadh=Riyadh
united_arab_emirates | United Arab Emirates; UAE | |
tunisia | Tunisia | |
algeria | Algeria | |
cameroon | Cameroon | |
central_african_republic | Central African Republic | |
uganda | Uganda | Ugandans |
rwanda | Rwanda | Rwandans |
burundi | Burundi | |
south_korea | South Korea | South Koreans | seoul=Seoul
north_korea | North Korea | |
sri_lanka | Sri Lanka | |
cambodia | Cambodia | |
"""


def _places(table: str) -> tuple[Place, ...]:
    out = []
    for line in table.strip().replace(";\n    ", "; ").splitlines():
        key, names, people, inside = (part.strip() for part in line.split("|"))
        out.append(
            Place(
                key,
                tuple(n.strip() for n in names.split(";") if n.strip()),
                tuple(p.strip() for p in people.split(";") if p.strip()),
            )
        )
        for item in inside.split(";"):
            if not item.strip():
                continue
            sub, _, written = item.strip().partition("=")
            out.append(Place(sub, tuple(w.strip() for w in written.split("/")), (), key))
    return tuple(out)


RULE = Rule(
    code="PLA",
    name="places",
    summary="Where a figure is: territories, and their cities, camps and regions.",
    vocabulary=Vocabulary(
        places=(*_places(_TABLE), Place("gaza", hints=("Palestinians", "Palestinian people", "Palestinian")))
    ),
    examples=(
        Example(
            "The war in Sudan has killed at least 150,000 people, according to some estimates.",
            (Expect("killed.sudan", "killed at least 150,000", 150000, None),),
            structure="place named in the clause",
        ),
        Example(
            "Fighting raged around El Fasher. At least 1,500 people have been killed there since May.",
            (Expect("killed.sudan.since", "At least 1,500", 1500, None),),
            structure='place named only in the sentence before ("there"): its territory',
        ),
        Example("The floods in Valencia are Spain's worst in decades.", structure="places with no figure"),
    ),
)
