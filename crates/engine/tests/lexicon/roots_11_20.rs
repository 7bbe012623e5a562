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
    ("North Korea ruled out talks with South Korea on Monday.", &[("PRKGOV", "125", "KORGOV")]),
    ("Ethiopia rebuffed Sudan's offer to mediate in the dispute.", &[("ETHGOV", "126", "SDN")]),
    ("Hamas tore up the agreement with Fatah on Sunday.", &[("PSEREB", "127", "PSEPTY")]),
    ("North Korea evaded United Nations sanctions with ship-to-ship transfers.", &[("PRKGOV", "128", "IGOUNO")]),
    ("Russia exercised its veto against the resolution on Syria.", &[("RUSGOV", "129", "SYRGOV")]),
    // 13 threaten
    ("Iran warned Israel that it would pay a heavy price for the strike.", &[("IRNGOV", "130", "ISRGOV")]),
    ("China threatened to impose tariffs on Australia over the inquiry.", &[("CHNGOV", "131", "AUSGOV")]),
    ("Bangladesh's army threatened opposition protesters with martial law.", &[("BGDMIL", "132", "BGDCVL")]),
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
    ("Armenian protesters staged a demonstration outside the parliament in Yerevan.", &[("ARMCVL", "141", "ARMGOV")]),
    (
        "Serbian students marched through Belgrade to demand that the president step down.",
        &[("SRBEDU", "1411", "SRBGOV"), ("SRBEDU", "104", "SRBGOV")],
    ),
    ("French unions marched against the pension law in Paris.", &[("FRALAB", "1412", "FRAGOV")]),
    ("Jailed Bahraini activists launched a hunger strike in Manama.", &[("BHROPP", "142", "BHRGOV")]),
    ("Nigerian workers took strike action in Abuja on Monday.", &[("NGALAB", "143", "NGAGOV")]),
    ("Kenyan farmers blocked traffic on the Nairobi highway.", &[("KEN", "144", "KENGOV")]),
    ("Kenyan protesters hurled petrol bombs at police in Nairobi.", &[("KENCVL", "145", "KENCOP")]),
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
    ("Armenia suspended negotiations with Azerbaijan on Friday.", &[("ARMGOV", "164", "AZEGOV")]),
    ("Egypt abandoned its mediation with Hamas.", &[("EGYGOV", "165", "PSEREB")]),
    ("Russia expelled the Latvian delegation from the talks.", &[("RUSGOV", "166", "LVAGOV")]),
    ("Mali ordered the United Nations peacekeepers to leave.", &[("MLIGOV", "1661", "IGOUNO")]),
    ("Iran barred International Atomic Energy Agency inspectors from the site.", &[("IRNGOV", "1662", "IGOUNOIAEA")]),
    ("Sudan expelled United Nations humanitarian agencies from Darfur.", &[("SDNGOV", "1663", "IGOUNO")]),
    // 17 coerce
    ("China harassed Philippine fishermen near the Scarborough Shoal.", &[("CHNGOV", "170", "PHL")]),
    ("Ukraine sabotaged the Russian pipeline near Kursk.", &[("UKRGOV", "171", "RUS")]),
    ("Russia seized Ukrainian farms in Crimea.", &[("RUSGOV", "1711", "UKR")]),
    ("Israeli settlers torched Palestinian homes in the West Bank.", &[("ISR", "1712", "PSE")]),
    ("Russia revoked British journalists' visas.", &[("RUSGOV", "172", "GBRMED")]),
    ("Iran blocked social media in Tehran during the unrest.", &[("IRNGOV", "1721", "IRNMED")]),
    ("Cambodia banned opposition leader Kem Sokha from politics.", &[("KHMGOV", "1722", "KHMOPP")]),
    ("Ecuador placed Guayaquil under curfew on Tuesday.", &[("ECUGOV", "1723", "ECU")]),
    ("Peru put Lima under martial law on Sunday.", &[("PERGOV", "1724", "PER")]),
    ("Russian authorities remanded an American journalist in custody.", &[("RUSGOV", "173", "USAMED")]),
    ("Hungary barred a Ukrainian activist from entering the country.", &[("HUNGOV", "174", "UKR")]),
    ("Iranian police fired live ammunition at protesters in Zahedan.", &[("IRNCOP", "175", "IRNCVL")]),
    ("Russian hackers knocked Estonian government websites offline.", &[("RUS", "176", "ESTGOV")]),
    // 18 assault
    ("Militants carried out a terror attack on Pakistani police in Peshawar.", &[("PAKREB", "180", "PAKCOP")]),
    ("Al-Shabaab militants took two Kenyan doctors captive in Mandera.", &[("SOMREB", "181", "KENHLH")]),
    ("Soldiers roughed up Zimbabwean journalists in Harare.", &[("ZWEMIL", "182", "ZWEMED")]),
    ("Russian soldiers gang-raped Ukrainian women in Bucha, prosecutors said.", &[("RUSMIL", "1821", "UKR")]),
    ("Egyptian prison guards abused Sudanese inmates in Cairo.", &[("EGY", "1822", "SDN")]),
    ("Al-Shabaab militants hacked two Kenyan teachers to death in Mandera.", &[("SOMREB", "1823", "KENEDU")]),
    ("Militants hurled a grenade at Indian soldiers in Srinagar.", &[("INDREB", "183", "INDMIL")]),
    (
        "The Pakistani Taliban carried out a suicide blast against Pakistani police in Peshawar.",
        &[("PAKREB", "1831", "PAKCOP")],
    ),
    (
        "Islamic State militants rammed an explosives-laden truck into an Iraqi army base.",
        &[("IMGMOSISI", "1832", "IRQ")],
    ),
    ("Islamic State militants planted a roadside bomb against an Iraqi army convoy.", &[("IMGMOSISI", "1833", "IRQ")]),
    ("Hamas used Palestinian civilians as shields, Israel said.", &[("PSEREB", "184", "PSECVL")]),
    (
        "Haiti's president survived an assassination bid by Haitian gangs in Port-au-Prince.",
        &[("HTI", "185", "HTIGOV")],
    ),
    ("Israel carried out a targeted killing against a Hamas commander in Beirut.", &[("ISRGOV", "186", "PSEREB")]),
    // 19 fight
    ("Russian forces launched an offensive against Ukrainian positions near Bakhmut.", &[("RUSMIL", "190", "UKRMIL")]),
    ("Russia closed its border with Finland.", &[("RUSGOV", "191", "FINGOV")]),
    ("Russian troops recaptured a Ukrainian village near Bakhmut.", &[("RUSMIL", "192", "UKRCVL")]),
    ("Indian troops traded fire with Pakistani soldiers on Sunday.", &[("INDMIL", "193", "PAKMIL")]),
    ("Russian forces unleashed an artillery barrage on Ukrainian villages.", &[("RUSMIL", "194", "UKRCVL")]),
    ("Israeli warplanes carried out air strikes on Syrian army positions.", &[("ISR", "195", "SYRMIL")]),
    ("The United States dropped laser-guided bombs on Houthi targets in Yemen.", &[("USAGOV", "1951", "YEMREB")]),
    ("Ukraine launched a drone at the Russian airbase in Engels.", &[("UKRGOV", "1952", "RUS")]),
    ("Azerbaijan breached the truce with Armenia on Friday.", &[("AZEGOV", "196", "ARMGOV")]),
    // 20 mass violence
    ("Islamic State fighters perpetrated atrocities against Iraqi Yazidis.", &[("IMGMOSISI", "200", "IRQ")]),
    (
        "Azerbaijani forces drove Armenian residents from their homes in Nagorno-Karabakh.",
        &[("AZEMIL", "201", "ARMCVL")],
    ),
    ("Islamic State militants butchered Iraqi Yazidis in Sinjar.", &[("IMGMOSISI", "202", "IRQ")]),
    ("Azerbaijani forces expelled ethnic Armenian villagers from Nagorno-Karabakh.", &[("AZEMIL", "203", "ARMCVL")]),
    ("Syria used sarin against civilians in Ghouta.", &[("SYRGOV", "2041", "SYRCVL")]),
    ("The United States used nuclear weapons against Japan in 1945.", &[]),
    // Sentences that report no event of these roots.
    ("Shares of Tesla rallied after the ruling on Monday.", &[]),
    ("Pakistani delegates stormed out of the meeting in Geneva.", &[]),
    ("Kenyan officials gathered outside the stadium in Nairobi for the final.", &[]),
    ("The European Union will impose tariffs on Chinese electric cars next year.", &[]),
    ("Japan did not criticise China over the incident.", &[]),
    ("Kenya's central bank ruled out a rate cut on Tuesday.", &[]),
    ("Ukraine received laser-guided bombs from the United States.", &[]),
    ("Talks between Armenia and Azerbaijan ended in Washington on Friday.", &[]),
];

#[test]
fn each_sentence_codes_its_events() {
    crate::check(DATE, CASES);
}
