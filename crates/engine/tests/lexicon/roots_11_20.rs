//! Roots 11 to 20: disapprove, reject, threaten, protest, exhibit force posture, reduce
//! relations, coerce, assault, fight, use unconventional mass violence.

/// The filing date of these sentences (persons are coded by the role held on it).
const DATE: &str = "2024-03-14";

/// A sentence and its events: `(source, code, target)` in the order they are reported.
type Case = (&'static str, &'static [crate::Coded<'static>]);

const CASES: &[Case] = &[
    // 11 disapprove
    ("India took issue with Canada over the killing of a Sikh separatist.", &[("INDGOV", "110", "CANGOV")]),
    ("Britain criticised Iran over its drone deliveries to Russia.", &[("GBRGOV", "111", "IRNGOV")]),
    ("China issued a scathing attack on Japan over the release of treated water.", &[("CHNGOV", "111", "JPNGOV")]),
    ("Turkey pointed the finger at Syria for the Ankara bombing.", &[("TURGOV", "112", "SYRGOV")]),
    ("Kenya accused Somalia of money laundering through its central bank.", &[("KENGOV", "1121", "SOMGOV")]),
    ("Germany accused Belarus of persecuting opposition activists.", &[("DEUGOV", "1122", "BLRGOV")]),
    ("Armenia accused Azerbaijan of violating its airspace on Friday.", &[("ARMGOV", "1123", "AZEGOV")]),
    ("Ukraine accused Russia of crimes against humanity in Bucha.", &[("UKRGOV", "1124", "RUSGOV")]),
    ("Iran accused Israel of spying on its nuclear facilities.", &[("IRNGOV", "1125", "ISRGOV")]),
    ("Saudi Arabia rallied support against Iran among Gulf states.", &[("SAUGOV", "113", "IRNGOV")]),
    ("Poland delivered a demarche to Russia over the border incident.", &[("POLGOV", "114", "RUSGOV")]),
    (
        "Ukraine launched legal action against Russia at the International Court of Justice.",
        &[("UKRGOV", "115", "RUSGOV")],
    ),
    ("A Dutch court condemned Iran to pay damages to the families of the victims.", &[("NLDJUD", "116", "IRNGOV")]),
    // 12 reject
    ("Serbia brushed aside the European Union's demand on Kosovo.", &[("SRBGOV", "120", "IGOEUREEC")]),
    ("India refused to share intelligence with Canada on Thursday.", &[("INDGOV", "121", "CANGOV")]),
    ("Venezuela turned down American aid on Tuesday.", &[("VENGOV", "122", "USA")]),
    ("Sri Lanka's president rejected opposition calls for early elections.", &[("LKAGOV", "123", "LKAOPP")]),
    ("Israel refused to back down over its strikes on Lebanon.", &[("ISRGOV", "124", "LBNGOV")]),
    ("Italy rejected the trade deal with China on Monday.", &[("ITAGOV", "1211", "CHNGOV")]),
    ("India rejected a defence pact with the United States.", &[("INDGOV", "1212", "USAGOV")]),
    ("Tunisia's president rejected the International Monetary Fund's loan.", &[("TUNGOV", "1221", "IGOIMF")]),
    ("Niger rejected France's military aid.", &[("NERGOV", "1222", "FRAGOV")]),
    ("Venezuela rejected Colombia's humanitarian aid.", &[("VENGOV", "1223", "COLGOV")]),
    ("Sudan's army rejected the African Union's peacekeepers.", &[("SDNMIL", "1224", "IGOAFRAU")]),
    ("Israel's prime minister rejected opposition calls to resign.", &[("ISRGOV", "1231", "ISROPP")]),
    (
        "France's government refused to withdraw the pension bill despite union protests.",
        &[("FRAGOV", "1232", "FRALAB")],
    ),
    ("Bahrain's government rejected opposition demands for equal rights.", &[("BHRGOV", "1233", "BHROPP")]),
    ("Tunisia's opposition rejected the president's new constitution.", &[("TUNOPP", "1234", "TUNGOV")]),
    ("Sudan's army refused to lift the curfew on Khartoum's residents.", &[("SDNMIL", "1241", "SDNCVL")]),
    ("Kenya's opposition refused to call off the strike against the government.", &[("KENOPP", "1242", "KENGOV")]),
    ("Iran refused to release the French hostages on Friday.", &[("IRNGOV", "1243", "FRACVL")]),
    ("The United States refused to lift sanctions on Iran.", &[("USAGOV", "1244", "IRNGOV")]),
    ("Iran refused to allow United Nations inspectors into the Fordow site.", &[("IRNGOV", "1245", "IGOUNO")]),
    ("Russia refused Ukraine's demand to withdraw its troops.", &[("RUSGOV", "1246", "UKRGOV")]),
    ("North Korea ruled out talks with South Korea on Monday.", &[("PRKGOV", "125", "KORGOV")]),
    ("Serbian students turned down an invitation from the Serbian government.", &[("SRBEDU", "125", "SRBGOV")]),
    ("Ethiopia rebuffed Sudan's offer to mediate in the dispute.", &[("ETHGOV", "126", "SDNGOV")]),
    ("Hamas tore up the agreement with Fatah on Sunday.", &[("PSEREB", "127", "PSEPTY")]),
    ("North Korea evaded United Nations sanctions with ship-to-ship transfers.", &[("PRKGOV", "128", "IGOUNO")]),
    ("Russia exercised its veto against the resolution on Syria.", &[("RUSGOV", "129", "SYRGOV")]),
    // 13 threaten
    // A warning against an act is a threat.
    ("Egypt warned Ethiopia against filling the dam.", &[("EGYGOV", "130", "ETHGOV")]),
    ("Iran warned Israel that it would pay a heavy price for the strike.", &[("IRNGOV", "130", "ISRGOV")]),
    ("Germany's foreign minister warned Moscow that Berlin would respond.", &[("DEUGOV", "130", "RUSGOV")]),
    ("North Korea warned that Seoul would pay dearly for its hostile acts.", &[("PRKGOV", "130", "KORGOV")]),
    ("Ethiopia warned that any Eritrean incursion would be met with force.", &[("ETHGOV", "138", "ERI")]),
    ("Iran warned that it could suspend all cooperation with the IAEA.", &[("IRNGOV", "136", "IGOUNOIAEA")]),
    // A warning of what the other side will do is no threat.
    ("Zelensky warned that Russia would attack again.", &[]),
    ("China threatened to cut off rare-earth exports to Japan.", &[("CHNGOV", "131", "JPNGOV")]),
    ("China threatened trade restrictions against Australia.", &[("CHNGOV", "132", "AUSGOV")]),
    ("China threatened to impose tariffs on Australia over the inquiry.", &[("CHNGOV", "1312", "AUSGOV")]),
    ("Bangladesh's army threatened opposition protesters with martial law.", &[("BGDMIL", "1324", "BGDCVL")]),
    ("The United States threatened to cut military aid to Egypt.", &[("USAGOV", "1311", "EGYGOV")]),
    ("Algeria threatened to recall its ambassador from Spain.", &[("DZAGOV", "1313", "ESPGOV")]),
    ("Hungary's government threatened to close opposition newspapers.", &[("HUNGOV", "1321", "HUNOPP")]),
    ("Thailand's army threatened the opposition with a ban on its party.", &[("THAMIL", "1322", "THAOPP")]),
    ("Sudan's army threatened Khartoum's residents with a curfew.", &[("SDNMIL", "1323", "SDNCVL")]),
    ("China threatened to occupy Taiwan's outlying islands.", &[("CHNGOV", "1382", "TWNGOV")]),
    ("Al-Shabaab militants threatened to kill the Kenyan hostages.", &[("SOMREB", "1383", "KENCVL")]),
    ("Teachers threatened Kenya with a hunger strike over pay.", &[("KENEDU", "133", "KENGOV")]),
    ("Armenia threatened to pull out of talks with Azerbaijan.", &[("ARMGOV", "134", "AZEGOV")]),
    (
        "Qatar threatened to end its role as a facilitator for Israel and Hamas.",
        &[("QATGOV", "135", "ISRGOV"), ("QATGOV", "135", "PSEREB")],
    ),
    ("Mali threatened to send home United Nations monitors.", &[("MLIGOV", "136", "IGOUNO")]),
    ("Belarus threatened to imprison Lithuanian journalists.", &[("BLRGOV", "137", "LTUMED")]),
    ("Iran threatened to annihilate Israel if it attacked.", &[("IRNGOV", "138", "ISRGOV")]),
    ("Iran threatened to shut the Strait of Hormuz to American shipping.", &[("IRNGOV", "1381", "USA")]),
    ("Russia threatened to launch a ground offensive against Ukraine.", &[("RUSGOV", "1384", "UKRGOV")]),
    ("North Korea threatened to use nuclear weapons against South Korea.", &[("PRKGOV", "1385", "KORGOV")]),
    ("Turkey served an ultimatum on Sweden over the Kurdish militants.", &[("TURGOV", "139", "SWEGOV")]),
    // 14 protest
    ("Georgian opposition supporters joined anti-government protests in Tbilisi.", &[("GEOOPP", "140", "GEOGOV")]),
    // Outside a body's house, against the body.
    ("Armenian protesters staged a demonstration outside the parliament in Yerevan.", &[("ARMCVL", "141", "ARMLEG")]),
    (
        "Serbian students marched through Belgrade to demand that the president step down.",
        &[("SRBEDU", "1411", "SRBGOV"), ("SRBEDU", "1041", "SRBGOV")],
    ),
    ("French unions marched against the pension law in Paris.", &[("FRALAB", "1412", "FRAGOV")]),
    ("Jailed Bahraini activists launched a hunger strike in Manama.", &[("BHROPP", "142", "BHRGOV")]),
    ("Nigerian workers took strike action in Abuja on Monday.", &[("NGALAB", "143", "NGAGOV")]),
    ("Bangladeshi opposition activists called a nationwide shutdown in Dhaka.", &[("BGDOPP", "143", "BGDGOV")]),
    ("Kenyan farmers blocked traffic on the Nairobi highway.", &[("KENCVL", "144", "KENGOV")]),
    ("Kenyan protesters hurled petrol bombs at police in Nairobi.", &[("KENCVL", "145", "KENCOP")]),
    ("Iranian women rallied for their rights in Tehran.", &[("IRNCVL", "1413", "IRNGOV")]),
    ("Thai students marched for democracy in Bangkok.", &[("THAEDU", "1414", "THAGOV")]),
    (
        "Jailed Bahraini activists launched a hunger strike in Manama to demand the king's resignation.",
        &[("BHROPP", "1421", "BHRGOV"), ("BHROPP", "1041", "BHRGOV")],
    ),
    ("Jailed Kurdish activists went on hunger strike in Ankara against the new law.", &[("TUROPP", "1422", "TURGOV")]),
    (
        "Jailed Bahraini activists went on hunger strike in Manama to demand equal rights for Shiites.",
        &[("BHROPP", "1423", "BHRGOV")],
    ),
    ("Jailed Egyptian activists went on hunger strike in Cairo to demand democracy.", &[("EGYOPP", "1424", "EGYGOV")]),
    (
        "Bangladesh's opposition boycotted the vote in Dhaka until the prime minister resigns.",
        &[("BGDOPP", "1431", "BGDGOV")],
    ),
    ("French unions held a general strike in Paris against the pension reform.", &[("FRALAB", "1432", "FRAGOV")]),
    (
        "South African workers joined a general strike in Johannesburg to demand equal rights.",
        &[("ZAFLAB", "1433", "ZAFGOV")],
    ),
    ("Myanmar doctors joined a general strike in Yangon to demand democracy.", &[("MMRHLH", "1434", "MMRGOV")]),
    (
        "Serbian students blocked roads in Belgrade to demand the government's resignation.",
        &[("SRBEDU", "1441", "SRBGOV"), ("SRBEDU", "1041", "SRBGOV")],
    ),
    ("Kenyan protesters blocked roads in Nairobi in protest against the finance law.", &[("KENCVL", "1442", "KENGOV")]),
    (
        "Bangladeshi students joined violent protests in Dhaka demanding the prime minister's resignation.",
        &[("BGDEDU", "1451", "BGDGOV"), ("BGDEDU", "1041", "BGDGOV")],
    ),
    ("Kenyan protesters joined violent protests in Nairobi against the finance law.", &[("KENCVL", "1452", "KENGOV")]),
    // 15 exhibit force posture
    ("China flew nuclear-capable bombers toward Taiwan on Saturday.", &[("CHNGOV", "150", "TWNGOV")]),
    ("Indian police stepped up patrols against Maoist insurgents in Chhattisgarh.", &[("INDCOP", "151", "INDREB")]),
    ("Russia put its nuclear forces on high alert on Sunday.", &[("RUSGOV", "152", "RUSMIL")]),
    ("France deployed riot police to New Caledonia on Wednesday.", &[("FRAGOV", "153", "NCLGOV")]),
    ("Russia amassed troops on the border with Ukraine.", &[("RUSGOV", "154", "RUSMIL")]),
    ("Iran set up a cyber army to target Israel.", &[("IRNGOV", "155", "IRNMIL")]),
    // 16 reduce relations
    ("Nicaragua curtailed cooperation with the United States on Tuesday.", &[("NICGOV", "160", "USAGOV")]),
    ("Niger suspended diplomatic ties with France.", &[("NERGOV", "161", "FRAGOV")]),
    ("The United States cut off funding to Uganda over the law.", &[("USAGOV", "162", "UGAGOV")]),
    ("The United States slapped tariffs on Chinese steel.", &[("USAGOV", "163", "CHN")]),
    // Sanctions are imposed by being announced, adopted, approved, unveiled.
    ("The European Union announced new sanctions against Moscow on Tuesday.", &[("IGOEUREEC", "163", "RUSGOV")]),
    ("Canada adopted sanctions on Iranian officials.", &[("CANGOV", "163", "IRNGOV")]),
    ("Washington approved a package of sanctions against Venezuela.", &[("USAGOV", "163", "VENGOV")]),
    // Sanctions a verb only speaks of are not imposed.
    ("The minister announced that the sanctions would be lifted next year.", &[]),
    ("Armenia suspended negotiations with Azerbaijan on Friday.", &[("ARMGOV", "164", "AZEGOV")]),
    ("The World Bank suspended economic aid to Uganda over the law.", &[("IGOWBK", "1621", "UGAGOV")]),
    ("The United States suspended military aid to Niger.", &[("USAGOV", "1622", "NERGOV")]),
    ("Britain cut humanitarian aid to Afghanistan on Tuesday.", &[("GBRGOV", "1623", "AFGGOV")]),
    // Assistance frozen, cut, halted or withheld is stopped, not given.
    ("Germany froze development assistance to Mali.", &[("DEUGOV", "162", "MLIGOV")]),
    ("The United States withheld military aid from Egypt.", &[("USAGOV", "1622", "EGYGOV")]),
    ("The World Bank halted assistance to Afghanistan.", &[("IGOWBK", "162", "AFGGOV")]),
    ("Egypt abandoned its mediation with Hamas.", &[("EGYGOV", "165", "PSEREB")]),
    ("Russia expelled the Latvian delegation from the talks.", &[("RUSGOV", "166", "LVAGOV")]),
    ("Mali ordered the United Nations peacekeepers to leave.", &[("MLIGOV", "1661", "IGOUNO")]),
    ("Iran barred International Atomic Energy Agency inspectors from the site.", &[("IRNGOV", "1662", "IGOUNOIAEA")]),
    ("Sudan expelled United Nations humanitarian agencies from Darfur.", &[("SDNGOV", "1663", "IGOUNO")]),
    // 17 coerce
    ("China harassed Philippine fishermen near the Scarborough Shoal.", &[("CHNGOV", "170", "PHLCVL")]),
    ("Ukraine sabotaged the Russian pipeline near Kursk.", &[("UKRGOV", "171", "RUS")]),
    ("Russia seized Ukrainian farms in Crimea.", &[("RUSGOV", "1711", "UKR")]),
    ("Israeli settlers torched Palestinian homes in the West Bank.", &[("ISRCVL", "1712", "PSECVL")]),
    ("Russia revoked British journalists' visas.", &[("RUSGOV", "172", "GBRMED")]),
    ("Iran blocked social media in Tehran during the unrest.", &[("IRNGOV", "1721", "IRNMED")]),
    ("Cambodia banned opposition leader Kem Sokha from politics.", &[("KHMGOV", "1722", "KHMOPP")]),
    ("Ecuador placed Guayaquil under curfew on Tuesday.", &[("ECUGOV", "1723", "ECU")]),
    ("Peru put Lima under martial law on Sunday.", &[("PERGOV", "1724", "PER")]),
    ("Bolivia's president decreed a 30-day state of emergency in La Paz.", &[("BOLGOV", "1724", "BOL")]),
    ("Russian authorities remanded an American journalist in custody.", &[("RUSGOV", "173", "USAMED")]),
    ("Hungary barred a Ukrainian activist from entering the country.", &[("HUNGOV", "174", "UKR")]),
    ("Iranian police fired live ammunition at protesters in Zahedan.", &[("IRNCOP", "175", "IRNCVL")]),
    ("Russian hackers knocked Estonian government websites offline.", &[("RUS", "176", "ESTGOV")]),
    // 18 assault
    ("Militants carried out a terror attack on Pakistani police in Peshawar.", &[("PAKREB", "180", "PAKCOP")]),
    ("Al-Shabaab militants took two Kenyan doctors captive in Mandera.", &[("SOMREB", "181", "KENHLH")]),
    ("Soldiers roughed up Zimbabwean journalists in Harare.", &[("ZWEMIL", "182", "ZWEMED")]),
    ("Russian soldiers gang-raped Ukrainian women in Bucha, prosecutors said.", &[("RUSMIL", "1821", "UKRCVL")]),
    ("Egyptian prison guards abused Sudanese inmates in Cairo.", &[("EGY", "1822", "SDN")]),
    ("Al-Shabaab militants hacked two Kenyan teachers to death in Mandera.", &[("SOMREB", "1823", "KENEDU")]),
    ("Militants hurled a grenade at Indian soldiers in Srinagar.", &[("INDREB", "183", "INDMIL")]),
    (
        "The Pakistani Taliban carried out a suicide blast against Pakistani police in Peshawar.",
        &[("PAKREB", "1831", "PAKCOP")],
    ),
    (
        "Islamic State militants rammed an explosives-laden truck into an Iraqi army base.",
        &[("IMGMOSISI", "1832", "IRQMIL")],
    ),
    (
        "Islamic State militants planted a roadside bomb against an Iraqi army convoy.",
        &[("IMGMOSISI", "1833", "IRQMIL")],
    ),
    (
        "Al-Shabaab militants set off a bomb at a market in Mogadishu, targeting Somali soldiers.",
        &[("SOMREB", "1834", "SOMMIL")],
    ),
    ("Hamas used Palestinian civilians as shields, Israel said.", &[("PSEREB", "184", "PSECVL")]),
    (
        "Haiti's president survived an assassination bid by Haitian gangs in Port-au-Prince.",
        &[("HTICRM", "185", "HTIGOV")],
    ),
    ("Israel carried out a targeted killing against a Hamas commander in Beirut.", &[("ISRGOV", "186", "PSEREB")]),
    // 19 fight
    // Forces that clash fight each other.
    (
        "Russian and Ukrainian forces clashed near Kharkiv on Tuesday.",
        &[("RUSMIL", "190", "UKRMIL"), ("UKRMIL", "190", "RUSMIL")],
    ),
    ("Russian forces launched an offensive against Ukrainian positions near Bakhmut.", &[("RUSMIL", "190", "UKRMIL")]),
    ("Russia closed its border with Finland.", &[("RUSGOV", "191", "FINGOV")]),
    ("Russian troops recaptured a Ukrainian village near Bakhmut.", &[("RUSMIL", "192", "UKRCVL")]),
    ("Indian troops traded fire with Pakistani soldiers on Sunday.", &[("INDMIL", "193", "PAKMIL")]),
    ("Russian forces unleashed an artillery barrage on Ukrainian villages.", &[("RUSMIL", "194", "UKRCVL")]),
    ("Israeli warplanes carried out air strikes on Syrian army positions.", &[("ISRMIL", "195", "SYRMIL")]),
    ("The United States dropped laser-guided bombs on Houthi targets in Yemen.", &[("USAMIL", "1951", "YEMREB")]),
    ("Ukraine launched a drone at the Russian airbase in Engels.", &[("UKRMIL", "1952", "RUSMIL")]),
    ("Azerbaijan breached the truce with Armenia on Friday.", &[("AZEMIL", "196", "ARMGOV")]),
    // 20 mass violence
    ("Islamic State fighters perpetrated atrocities against Iraqi Yazidis.", &[("IMGMOSISI", "200", "IRQ")]),
    (
        "Azerbaijani forces drove Armenian residents from their homes in Nagorno-Karabakh.",
        &[("AZEMIL", "201", "ARMCVL")],
    ),
    ("Islamic State militants butchered Iraqi Yazidis in Sinjar.", &[("IMGMOSISI", "202", "IRQ")]),
    ("Azerbaijani forces expelled ethnic Armenian villagers from Nagorno-Karabakh.", &[("AZEMIL", "203", "ARMCVL")]),
    ("Syria used sarin against civilians in Ghouta.", &[("SYRMIL", "2041", "SYRCVL")]),
    ("The United States used nuclear weapons against Japan in 1945.", &[]),
    // Sentences that report no event of these roots.
    ("Shares of Tesla rallied after the ruling on Monday.", &[]),
    ("Pakistani delegates stormed out of the meeting in Geneva.", &[]),
    ("Kenyan officials gathered outside the stadium in Nairobi for the final.", &[]),
    ("The European Union will impose tariffs on Chinese electric cars next year.", &[]),
    ("Japan did not criticise China over the incident.", &[]),
    ("Kenya's central bank ruled out a rate cut on Tuesday.", &[]),
    ("Ukraine received laser-guided bombs from the United States.", &[]),
    // Talks that ended were held: between the two.
    ("Talks between Armenia and Azerbaijan ended in Washington on Friday.", &[("ARMGOV", "040", "AZEGOV")]),
    ("Shares in Tokyo rallied for a third day after the rights issue.", &[]),
    ("Kenyan shoppers returned to the market in Nairobi on Friday.", &[]),
    ("Somali police said the bomb squad had searched the market in Mogadishu.", &[]),
];

#[test]
fn each_sentence_codes_its_events() {
    crate::check(DATE, CASES);
}

/// Ordinary wire wording of roots 11 to 20, one root after another: refused requests, vows to destroy an enemy, blockades by protesters, moving troops, suspended contacts, police raids; with the same words in senses that report no event.
#[test]
fn ordinary_wording_11_20() {
    crate::check(
        DATE,
        &[
            // 11
            ("China criticised the United States over its arms sales to Taiwan.", &[("CHNGOV", "111", "USAGOV")]),
            ("Russia condemned the Ukrainian attack on Belgorod.", &[("RUSGOV", "111", "UKR")]),
            ("India accused Pakistan of sponsoring terrorism.", &[("INDGOV", "112", "PAKGOV")]),
            ("Germany rebuked Hungary for blocking the sanctions.", &[("DEUGOV", "111", "HUNGOV")]),
            ("Ghana's president blamed Burkina Faso for the attacks on the border.", &[("GHAGOV", "112", "BFAGOV")]),
            ("Japan lodged a complaint with China over the detention of its citizen.", &[("JPNGOV", "114", "CHNGOV")]),
            ("Turkey slammed Greece over the migrant pushbacks.", &[("TURGOV", "111", "GRCGOV")]),
            ("Spain sued the Moroccan government over the spyware.", &[("ESPGOV", "115", "MARGOV")]),
            // 12
            ("Israel rejected the French proposal for a ceasefire.", &[("ISRGOV", "125", "FRAGOV")]),
            ("Russia vetoed a UN resolution on Syria.", &[("RUSGOV", "129", "IGOUNO")]),
            ("Hungary refused to approve aid to Ukraine.", &[("HUNGOV", "122", "UKRGOV")]),
            ("Taiwan dismissed China's offer of unification talks.", &[("TWNGOV", "120", "CHNGOV")]),
            ("Iran turned down the American offer of talks.", &[("IRNGOV", "125", "USAGOV")]),
            ("Egypt refused to open the border to refugees from Sudan.", &[("EGYGOV", "120", "SDNREF")]),
            ("Israel rejected Egypt's request to open the Rafah crossing.", &[("ISRGOV", "120", "EGYGOV")]),
            ("Jordan turned down Iraq's request for electricity.", &[("JORGOV", "120", "IRQGOV")]),
            ("Cuba denied Russia's request for a naval base.", &[("CUBGOV", "120", "RUSGOV")]),
            ("Poland defied the European Commission over the court reforms.", &[("POLGOV", "128", "IGOEUREEC")]),
            // 13
            ("North Korea threatened to use nuclear weapons against South Korea.", &[("PRKGOV", "1385", "KORGOV")]),
            ("China warned Taiwan against declaring independence.", &[("CHNGOV", "130", "TWNGOV")]),
            ("Russia warned Finland of retaliation for joining NATO.", &[("RUSGOV", "138", "FINGOV")]),
            ("The United States threatened sanctions against Uganda.", &[("USAGOV", "1312", "UGAGOV")]),
            ("Israel vowed to destroy Hamas.", &[("ISRGOV", "138", "PSEREB")]),
            ("Israel pledged to eliminate Hezbollah.", &[("ISRGOV", "138", "LBNREB")]),
            ("Russia vowed to crush Ukraine's forces.", &[("RUSGOV", "138", "UKRMIL")]),
            ("Venezuela threatened to annex part of Guyana.", &[("VENGOV", "1382", "GUYGOV")]),
            ("Turkey issued an ultimatum to Sweden.", &[("TURGOV", "139", "SWEGOV")]),
            // 14
            ("Workers in Argentina went on strike over wage cuts.", &[("ARGLAB", "143", "ARGGOV")]),
            ("Demonstrators marched in Paris against the pension reform.", &[("FRACVL", "1412", "FRAGOV")]),
            ("Spanish truckers blockaded the border with France.", &[("ESP", "144", "FRAGOV")]),
            // 15
            ("China deployed warships near Taiwan.", &[("CHNGOV", "150", "CHNMIL")]),
            ("Russia massed troops on the border with Ukraine.", &[("RUSGOV", "154", "RUSMIL")]),
            ("India put its forces on high alert after the attack.", &[("INDGOV", "152", "INDMIL")]),
            ("Azerbaijan reinforced its positions near Armenia.", &[("AZEGOV", "154", "AZEMIL")]),
            ("Poland moved troops to its border with Belarus.", &[("POLGOV", "154", "POLMIL")]),
            ("Russia's central bank moved to prop up the rouble.", &[]),
            ("Poland's president moved to the presidential palace after the election.", &[]),
            // 16
            ("Niger expelled the French ambassador.", &[("NERGOV", "174", "FRAGOV")]),
            ("Algeria recalled its ambassador from France.", &[("DZAGOV", "161", "FRAGOV")]),
            ("The United States imposed sanctions on Russian banks.", &[("USAGOV", "163", "RUS")]),
            ("Morocco suspended contacts with the German embassy.", &[("MARGOV", "161", "DEUGOV")]),
            ("Lithuania suspended contacts with Belarus.", &[("LTUGOV", "161", "BLRGOV")]),
            ("The European Union cut aid to Niger after the coup.", &[("IGOEUREEC", "162", "NERGOV")]),
            ("China halted imports of Japanese seafood.", &[("CHNGOV", "163", "JPN")]),
            ("Bolivia severed diplomatic ties with Israel.", &[("BOLGOV", "161", "ISRGOV")]),
            ("Russia banned imports of Georgian wine.", &[("RUSGOV", "163", "GEO")]),
            // 17
            ("Russian authorities arrested an American journalist.", &[("RUSGOV", "173", "USAMED")]),
            ("Iran seized a Greek tanker in the Gulf.", &[("IRNGOV", "171", "GRC")]),
            ("Chinese police detained two Canadian citizens.", &[("CHNCOP", "173", "CANCVL")]),
            ("Belarus jailed a Polish journalist for eight years.", &[("BLRGOV", "173", "POLMED")]),
            ("Turkey deported hundreds of Syrian refugees.", &[("TURGOV", "174", "SYRREF")]),
            ("Pakistan's police raided the home of the former prime minister.", &[("PAKCOP", "170", "PAKELI")]),
            ("Indian police raided the offices of the BBC.", &[("INDCOP", "170", "GBRMED")]),
            ("Israeli forces demolished Palestinian homes in East Jerusalem.", &[("ISRMIL", "1712", "PSECVL")]),
            ("Hungary confiscated the assets of a Russian oligarch.", &[("HUNGOV", "1711", "RUS")]),
            // 18
            ("Militants ambushed a Malian army convoy.", &[("MLIREB", "190", "MLIMIL")]),
            // 19
            ("Sudan's army clashed with the Rapid Support Forces in Khartoum.", &[("SDNMIL", "190", "SDNREB")]),
            ("Ukrainian drones attacked a Russian airbase.", &[("UKRMIL", "195", "RUSMIL")]),
            ("Turkish jets bombed Kurdish militants in northern Iraq.", &[("TURMIL", "195", "IRQREB")]),
            ("Somali troops fought al-Shabaab militants near Mogadishu.", &[("SOMMIL", "190", "SOMREB")]),
            ("Houthi rebels fired missiles at Saudi Arabia.", &[("YEMREB", "195", "SAUGOV")]),
            // 20
            (
                "Syrian government forces used chemical weapons against civilians in Douma.",
                &[("SYRMIL", "2041", "SYRCVL")],
            ),
            ("Militants massacred 100 villagers in Burkina Faso.", &[("BFAREB", "202", "BFACVL")]),
            ("Russian soldiers slaughtered civilians in Bucha.", &[("RUSMIL", "202", "UKRCVL")]),
        ],
    );
}

/// A second round for roots 11 to 20: protests to a government, blocked bids, warnings of attacks, cautions, walkouts and torched vehicles, troops stationed, relations cut, ambassadors withdrawn, export controls, battles, positions hit, air raids; with ordinary senses of the same words.
#[test]
fn more_ordinary_wording_11_20() {
    crate::check(
        DATE,
        &[
            // 11
            ("Britain summoned the Iranian ambassador over the executions.", &[("GBRGOV", "114", "IRNGOV")]),
            ("Greece protested to Turkey over the violation of its airspace.", &[("GRCGOV", "114", "TURGOV")]),
            ("Greece's prime minister protested his innocence.", &[]),
            (
                "Hungary's leader lambasted the European Union over its migration policy.",
                &[("HUNGOV", "111", "IGOEUREEC")],
            ),
            ("Japan filed a protest with Russia over the military drills.", &[("JPNGOV", "114", "RUSGOV")]),
            ("South Korea decried North Korea's missile launch.", &[("KORGOV", "111", "PRKGOV")]),
            ("Ethiopia's prime minister faulted Egypt for the stalled talks.", &[("ETHGOV", "112", "EGYGOV")]),
            // 12
            ("Algeria snubbed the French invitation to the conference.", &[("DZAGOV", "120", "FRA")]),
            ("Israel's prime minister spurned the American plan.", &[("ISRGOV", "120", "USA")]),
            ("Turkey blocked Sweden's bid to join NATO.", &[("TURGOV", "129", "SWEGOV")]),
            ("The committee blocked the bill in Kenya's parliament.", &[]),
            ("Japan's prime minister ignored the question from reporters.", &[]),
            // 13
            ("Azerbaijan's president threatened Armenia with military action.", &[("AZEGOV", "138", "ARMGOV")]),
            ("Houthi rebels warned Israel of further attacks.", &[("YEMREB", "138", "ISRGOV")]),
            (
                "China cautioned the Philippines against provoking it in the South China Sea.",
                &[("CHNGOV", "130", "PHLGOV")],
            ),
            ("The Philippine president cautioned that prices would rise.", &[]),
            // 14
            (
                "Serbian opposition supporters picketed the state broadcaster in Belgrade.",
                &[("SRBOPP", "141", "SRBMED")],
            ),
            ("Pakistani protesters torched vehicles in Lahore.", &[("PAKCVL", "145", "PAKGOV")]),
            ("Chinese students walked out of the lecture hall after the talk.", &[]),
            // 15
            ("Russia conducted military drills near the Finnish border.", &[("RUSGOV", "150", "RUSMIL")]),
            ("Venezuela stationed troops near the border with Guyana.", &[("VENGOV", "154", "VENMIL")]),
            // 16
            ("Ukraine cut diplomatic relations with Iran.", &[("UKRGOV", "161", "IRNGOV")]),
            ("Britain slapped sanctions on Iranian officials.", &[("GBRGOV", "163", "IRNGOV")]),
            ("Jordan withdrew its ambassador from Israel.", &[("JORGOV", "161", "ISRGOV")]),
            ("The United States slashed aid to Egypt.", &[("USAGOV", "162", "EGYGOV")]),
            ("Russia closed the Finnish consulate in St. Petersburg.", &[("RUSGOV", "161", "FINGOV")]),
            ("Japan tightened export controls on chips to China.", &[("JPNGOV", "163", "CHNGOV")]),
            // 17
            ("Russian authorities expelled two Estonian diplomats.", &[("RUSGOV", "174", "ESTGOV")]),
            ("China's police cracked down on protesters in Shanghai.", &[("CHNCOP", "175", "CHNCVL")]),
            ("Egyptian security forces rounded up Sudanese migrants in Cairo.", &[("EGYMIL", "173", "SDNREF")]),
            ("Tunisia's authorities locked up the opposition leader.", &[("TUNGOV", "173", "TUNOPP")]),
            // 18
            ("Islamic State militants executed three Iraqi soldiers.", &[("IMGMOSISI", "1823", "IRQMIL")]),
            // 19
            ("Israeli jets pounded Hezbollah positions in southern Lebanon.", &[("ISRMIL", "194", "LBNREB")]),
            ("Ethiopian forces battled Eritrean troops along the border.", &[("ETHMIL", "190", "ERIMIL")]),
            ("The firefighters battled to contain the blaze near Athens.", &[]),
            ("Kenya's president battled to revive the economy.", &[]),
            ("Israeli soldiers opened fire on Palestinian protesters in Gaza.", &[("ISRMIL", "175", "PSECVL")]),
            ("A storm hit the Philippines on Sunday.", &[]),
            ("Pakistani forces killed five Afghan Taliban fighters in a border clash.", &[("PAKMIL", "190", "AFGMIL")]),
            ("The Saudi-led coalition launched air raids on Yemen's capital.", &[("SAUMIL", "195", "YEM")]),
            // 20
            ("Rwandan militias carried out the mass killing of Congolese villagers.", &[("RWAREB", "202", "CODCVL")]),
            ("Syrian forces dropped barrel bombs on Aleppo residents.", &[("SYRMIL", "195", "SYRCVL")]),
            ("Militants slaughtered 150 Burkinabe civilians in a massacre.", &[("BFAREB", "202", "BFACVL")]),
        ],
    );
}

/// A third round for roots 11 to 20, in nouns and the passive: flags burned, military budgets raised, tariffs, arrests by the police of another state, homes razed.
#[test]
fn nouns_and_passives_11_20() {
    crate::check(
        DATE,
        &[
            // 11
            ("Human Rights Watch criticized Qatar's treatment of migrant workers.", &[("NGOHRW", "111", "QATGOV")]),
            ("The French president was criticised by Algeria over his remarks.", &[("DZAGOV", "111", "FRAGOV")]),
            (
                "Saudi Arabia filed a complaint against Qatar at the World Trade Organization.",
                &[("SAUGOV", "114", "QATGOV")],
            ),
            // 12
            ("The Russian proposal was rejected by Ukraine.", &[("UKRGOV", "125", "RUSGOV")]),
            // 13
            ("Israel's defence minister threatened Lebanon with war.", &[("ISRGOV", "138", "LBNGOV")]),
            ("China threatened to retaliate against Japan over the water release.", &[("CHNGOV", "138", "JPNGOV")]),
            // 14
            ("Protesters in Islamabad burned American flags.", &[("PAKCVL", "141", "USA")]),
            // 15
            (
                "China raised its defense budget by seven percent to counter the United States.",
                &[("CHNGOV", "154", "USAGOV")],
            ),
            // 16
            ("Turkey imposed tariffs on Chinese electric cars.", &[("TURGOV", "163", "CHN")]),
            ("France suspended its development aid to Burkina Faso.", &[("FRAGOV", "162", "BFAGOV")]),
            // 17
            ("A Ukrainian journalist was arrested by Russian police in Crimea.", &[("RUSCOP", "173", "UKRMED")]),
            ("Police in Peru used tear gas against protesters in Lima.", &[("PERCOP", "175", "PERCVL")]),
            ("Israeli forces razed Palestinian homes in the West Bank.", &[("ISRMIL", "1712", "PSECVL")]),
            // 19
            ("Hezbollah fighters exchanged fire with Israeli troops on the border.", &[("LBNREB", "193", "ISRMIL")]),
        ],
    );
}

/// A fourth round for roots 18 and 19, checking wording already covered: torture, hostage-taking, military operations, invasions.
#[test]
fn assaults_and_fighting() {
    crate::check(
        DATE,
        &[
            // 18
            ("Sudanese soldiers tortured Eritrean refugees.", &[("SDNMIL", "1822", "ERIREF")]),
            ("Islamist militants took 20 Nigerian villagers hostage.", &[("NGAREB", "181", "NGACVL")]),
            // 19
            ("Azerbaijan launched a military operation against Armenian forces.", &[("AZEMIL", "190", "ARMMIL")]),
            ("Russia invaded Ukraine.", &[("RUSMIL", "192", "UKRGOV")]),
        ],
    );
}

/// Reprimands of a government or its ambassador (111).
#[test]
fn reprimands() {
    crate::check(
        DATE,
        &[
            // 11
            ("The European Union reprimanded Hungary for its rule of law failings.", &[("IGOEUREEC", "111", "HUNGOV")]),
            (
                "China reprimanded the Japanese ambassador over the prime minister's remarks.",
                &[("CHNGOV", "111", "JPNGOV")],
            ),
        ],
    );
}

#[test]
fn representations_tear_gas_and_networks_breached() {
    crate::check(
        DATE,
        &[
            ("Beijing had lodged \"solemn representations\" with Tokyo.", &[("CHNGOV", "114", "JPNGOV")]),
            ("Kenyan police used tear gas on opposition supporters.", &[("KENCOP", "175", "KENOPP")]),
            ("Russian hackers breached the network of the German parliament.", &[("RUS", "176", "DEULEG")]),
        ],
    );
}
