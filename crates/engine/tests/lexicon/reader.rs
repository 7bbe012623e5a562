//! The event reader's mechanisms, each on the kind of sentence it reads, with sentences
//! of the same shape that it must leave as they were.

/// The filing date of these sentences.
const DATE: &str = "2024-03-10";

#[test]
fn between_names_both_parties() {
    crate::check(
        DATE,
        &[
            (
                "The United Nations mediated between Russia and Ukraine on Monday.",
                &[("IGOUNO", "045", "RUSGOV"), ("IGOUNO", "045", "UKRGOV")],
            ),
            // A `between` further on belongs to another phrase: the aid goes where it was sent.
            (
                "Greece sent rescuers to Turkey, in a rare show of warmth between Athens and Ankara.",
                &[("GRCGOV", "073", "TUR")],
            ),
        ],
    );
}

#[test]
fn of_and_from_after_an_event_noun_name_its_object() {
    crate::check(
        DATE,
        &[
            ("Syrian troops carried out the massacre of Lebanese villagers.", &[("SYRMIL", "202", "LBNCVL")]),
            ("Kenyan police ordered the arrest of opposition leaders in Nairobi.", &[("KENCOP", "173", "KENOPP")]),
            ("Turkey requested the extradition of two journalists from Sweden.", &[("TURGOV", "0213", "SWEMED")]),
            // After a verb, `in` and `from` say where and whence; after a noun, `in` too.
            ("Russia and China held talks in Moscow.", &[("RUSGOV", "043", "CHNGOV")]),
            ("Armenia signed an agreement in Russia with Iran.", &[("ARMGOV", "057", "IRNGOV")]),
            ("Russia expelled three diplomats from Estonia.", &[("RUSGOV", "174", "ESTGOV")]),
            (
                "Rescue teams from Egypt and Turkey dug through mud in Derna on Thursday.",
                &[("EGYGOV", "073", "LBY"), ("TURGOV", "073", "LBY")],
            ),
        ],
    );
}

#[test]
fn coordinated_demonyms_share_the_role_they_modify() {
    crate::check(
        DATE,
        &[
            (
                "Indian and Pakistani troops exchanged fire across the border.",
                &[("INDMIL", "193", "PAKMIL"), ("PAKMIL", "193", "INDMIL")],
            ),
            (
                "Indian troops and Pakistani militants exchanged fire.",
                &[("INDMIL", "193", "PAKREB"), ("PAKREB", "193", "INDMIL")],
            ),
            (
                "Turkey hosted talks between Russian and Ukrainian delegations.",
                &[("TURGOV", "045", "RUSGOV"), ("TURGOV", "045", "UKRGOV")],
            ),
            // A region's people are their country's.
            (
                "The African Union mediated talks between the Ethiopian government and Tigrayan rebels.",
                &[("IGOAFRAU", "045", "ETHGOV"), ("IGOAFRAU", "045", "ETHREB")],
            ),
        ],
    );
}

#[test]
fn what_the_pattern_names_is_moved_not_targeted() {
    crate::check(
        DATE,
        &[
            ("Kenya sent police officers to Haiti on Monday.", &[("KENGOV", "153", "HTIGOV")]),
            ("Turkey sent troops to Libya to protect the government.", &[("TURGOV", "074", "LBY")]),
            // Weapons fired go at what they are aimed at.
            (
                "Russia launched more than 1,200 attack drones and 40 missiles against Ukraine.",
                &[("RUSMIL", "1952", "UKRGOV")],
            ),
            ("Ghana sent peacekeepers to Mali on Monday.", &[("GHAGOV", "074", "MLI")]),
            ("Armenian forces shelled Azerbaijani villages in a 2-day assault.", &[("ARMMIL", "194", "AZECVL")]),
        ],
    );
}

#[test]
fn a_noun_patterns_preposition_comes_next() {
    crate::check(
        DATE,
        &[
            ("Syrian troops carried out an attack on Lebanese villagers.", &[("SYRMIL", "190", "LBNCVL")]),
            ("The attack came hours after talks on Syria.", &[]),
        ],
    );
}

#[test]
fn sport_is_no_politics() {
    crate::check(
        DATE,
        &[
            ("The Kenyan team beat Uganda 2-1 in the final.", &[]),
            ("Nigeria beat Ghana in a World Cup qualifier on Saturday.", &[]),
        ],
    );
}

#[test]
fn whose_the_object_is_names_the_target() {
    crate::check(
        DATE,
        &[
            // The possessor of the pattern's noun; of a plain object, the object is the event.
            ("Hungary rejected the European Union's proposal on migrants.", &[("HUNGOV", "125", "IGOEUREEC")]),
            ("Turkey condemned Israel's attacks on the convoy.", &[("TURGOV", "111", "ISRGOV")]),
            // The agent of the pattern's noun is whose it is, too.
            ("Turkey rejected the proposal by Greece.", &[("TURGOV", "125", "GRCGOV")]),
            // A quantity's `of` phrase is the object itself.
            ("Egyptian police arrested dozens of Muslim Brotherhood members.", &[("EGYCOP", "173", "EGYOPP")]),
        ],
    );
}

#[test]
fn in_after_a_states_seat_abroad_names_the_host() {
    crate::check(
        DATE,
        &[
            ("Japan closed its consulate in France on Monday.", &[("JPNGOV", "161", "FRAGOV")]),
            // A city hosting the seat stands for its country's government.
            (
                "Japan closed its consulate in Shenyang after stones were thrown at the building.",
                &[("JPNGOV", "161", "CHNGOV")],
            ),
            // A plain `in` says where; a seat with an owner is the owner's.
            ("Russia and China held talks in Geneva.", &[("RUSGOV", "040", "CHNGOV")]),
            ("Protesters stormed the French embassy in Niamey.", &[("NERCVL", "145", "FRAGOV")]),
        ],
    );
}

#[test]
fn a_role_word_used_as_an_adjective_is_no_actor() {
    crate::check(
        DATE,
        &[
            ("French unions called a general strike against the government.", &[("FRALAB", "143", "FRAGOV")]),
            ("A Kenyan general accused Somali rebels of shelling the town.", &[("KENMIL", "112", "SOMREB")]),
        ],
    );
}

#[test]
fn a_verbs_particle_stands_by_it() {
    crate::check(
        DATE,
        &[
            // `on Tuesday` is no `call on`: the strike is called, not an appeal made (one
            // against a reform is for a policy change).
            (
                "French unions called a strike across France on Tuesday against the pension reform.",
                &[("FRALAB", "1432", "FRAGOV")],
            ),
            (
                "The United Nations called on Monday for talks between Armenia and Azerbaijan.",
                &[("IGOUNO", "026", "ARMGOV"), ("IGOUNO", "026", "AZEGOV")],
            ),
            // `in` with a word after it in the pattern is a particle too; a preposition
            // alone (`arrived in`) may stand further off.
            (
                "Supporters in Lima marched to protest what they called a rigged count in the April election, and police fired tear gas.",
                &[("PERCVL", "141", "PERGOV"), ("PERCOP", "175", "PERCVL")],
            ),
            ("Authorities in Lima brought in police reinforcements.", &[("PERGOV", "153", "PERCOP")]),
        ],
    );
}

#[test]
fn parties_agreeing_to_meet_agree_with_each_other() {
    crate::check(DATE, &[("Ethiopia and Somalia agreed to hold talks in Ankara.", &[("ETHGOV", "036", "SOMGOV")])]);
}

#[test]
fn a_story_that_names_no_place_is_its_actors_countrys() {
    crate::check(
        DATE,
        &[(
            "President William Ruto said police had arrested 20 opposition supporters.",
            &[("KENCOP", "173", "KENOPP")],
        )],
    );
}

#[test]
fn a_patterns_object_may_stand_before_its_participle() {
    crate::check(
        DATE,
        &[
            ("Three Israeli hostages released by Hamas crossed into Egypt.", &[("PSEREB", "0841", "ISRCVL")]),
            ("Three Israeli hostages were released by Hamas on Tuesday.", &[("PSEREB", "0841", "ISRCVL")]),
            // Whoever held them frees them.
            ("Three Israeli hostages held by Hamas were freed on Tuesday.", &[("PSEREB", "0841", "ISRCVL")]),
            (
                "Two Kenyan journalists detained by Ethiopian police were released on Friday.",
                &[("ETHCOP", "173", "KENMED"), ("ETHCOP", "0841", "KENMED")],
            ),
            // Another participle's agent does no other act.
            ("Soldiers trained by the United States were killed in Mali.", &[]),
            ("Hostages were released.", &[]),
        ],
    );
}

#[test]
fn a_group_noun_takes_the_sector_or_role_before_it() {
    crate::check(
        DATE,
        &[
            ("Sudanese troops attacked aid workers near El Fasher.", &[("SDNMIL", "190", "SDNNGO")]),
            ("Kenyan police arrested medical teams in Nairobi.", &[("KENCOP", "173", "KENHLH")]),
            ("Nigerian police arrested health workers.", &[("NGACOP", "173", "NGAHLH")]),
            // Workers of no sector are labour; a sector word alone is no actor.
            ("Kenyan police arrested steel workers in Nairobi.", &[("KENCOP", "173", "KENLAB")]),
            ("The United States sent aid to Pakistan.", &[("USAGOV", "073", "PAK")]),
        ],
    );
}

#[test]
fn the_object_makes_a_code_as_specific_as_another_verb_of_its_root_says() {
    crate::check(
        DATE,
        &[
            // `call for ... humanitarian aid` is 0233: so is an urging that names it.
            (
                "German Foreign Minister Annalena Baerbock urged Israel to let more humanitarian aid into Gaza.",
                &[("DEUGOV", "0233", "ISRGOV")],
            ),
            ("Kenya's president urged China to act.", &[("KENGOV", "020", "CHNGOV")]),
            ("The United States threatened sanctions against Venezuela.", &[("USAGOV", "1312", "VENGOV")]),
        ],
    );
}

#[test]
fn appeals_intents_demands_and_rejections_share_their_kinds() {
    crate::check(
        DATE,
        &[
            // `call on ... stop ... fighting` (0256): a demand (1056) and a rejection (1246)
            // of the same thing are as specific.
            ("Turkey demanded that Syria stop the fighting in Idlib.", &[("TURGOV", "1056", "SYRGOV")]),
            ("Syria rejected calls to stop the fighting in Idlib.", &[]),
            ("Syria rejected a call by Turkey to stop the fighting in Idlib.", &[("SYRGOV", "1246", "TURGOV")]),
            // `demand ... release` (1053) refines an appeal: 0253.
            ("Germany urged Iran to release the detained journalist.", &[("DEUGOV", "0253", "IRNGOV")]),
            // `urge ... lift ... economic blockade` (0254): a demand is 1054.
            ("Cuba demanded that the United States lift the economic blockade.", &[("CUBGOV", "1054", "USAGOV")]),
            // A single word of another root's pattern is no kind: `weapons` asked to be
            // delivered is military aid (1032), refused it is not.
            ("Ukraine demanded that Germany deliver more weapons.", &[("UKRGOV", "1032", "DEUGOV")]),
            ("Hungary rejected the weapons deliveries to Ukraine.", &[("HUNGOV", "120", "UKRGOV")]),
        ],
    );
}

#[test]
fn of_two_demands_an_appeal_names_the_first_is_the_one() {
    crate::check(
        DATE,
        &[(
            "The African Union urged Ethiopia to exercise restraint and to settle its differences with Eritrea.",
            &[("IGOAFRAU", "0256", "ETHGOV")],
        )],
    );
}

#[test]
fn an_appeal_is_as_specific_as_the_act_its_infinitive_names() {
    crate::check(
        DATE,
        &[
            // `open ... corridor` (0863) lets aid and people through: asked for, 0255.
            ("The United Nations urged Russia to open a humanitarian corridor.", &[("IGOUNO", "0255", "RUSGOV")]),
            // `resume talks` (04) asked for is an appeal to meet (026); announced, an intent (036).
            ("Pakistan urged India to resume talks on Kashmir.", &[("PAKGOV", "026", "INDGOV")]),
            // The first `to` is the addressee's preposition, no act.
            ("Mali appealed to Algeria to release the detained soldiers.", &[("MLIGOV", "0253", "DZAGOV")]),
            // An act of no cooperative root leaves the appeal as it is.
            ("Kenya urged Somalia to investigate the attack.", &[("KENGOV", "020", "SOMGOV")]),
            // Past an adverb, and in a `that` clause with its own subject.
            ("Norway urged Serbia to swiftly release the detained journalists.", &[("NORGOV", "0253", "SRBGOV")]),
            ("Chile demanded that Bolivia free the two detained soldiers.", &[("CHLGOV", "1053", "BOLGOV")]),
            ("Ghana demanded that Togo immediately release the fishermen.", &[("GHAGOV", "1053", "TGOGOV")]),
            // A clause that names no act of its own after `that` leaves the demand as it is.
            ("Peru demanded that Ecuador explain the incident.", &[("PERGOV", "100", "ECUGOV")]),
            // Rights kept (0833) asked for are an appeal for rights (0243), a fair trial too.
            ("Austria urged Hungary to guarantee the journalist a fair trial.", &[("AUTGOV", "0243", "HUNGOV")]),
            ("Amnesty International urged Tunisia to respect the right to protest.", &[("NGOAMN", "0243", "TUNGOV")]),
            // Asking someone to act is an appeal.
            ("Ireland asked Britain to release the detained fishermen.", &[("IRLGOV", "0253", "GBRGOV")]),
            // A crossing reopened lets aid through: asked for, 0255.
            ("Jordan appealed to Israel to reopen the crossings into Gaza.", &[("JORGOV", "0255", "ISRGOV")]),
        ],
    );
}

#[test]
fn ceasing_any_hostile_act_de_escalates() {
    crate::check(
        DATE,
        &[
            // Stopping, halting or suspending any act of the class `@hostilities` is 087,
            // asked for 0256, demanded 1056.
            ("Seoul urged Pyongyang to immediately stop its provocations.", &[("KORGOV", "0256", "PRKGOV")]),
            ("Tokyo demanded that Beijing halt the military drills near Taiwan.", &[("JPNGOV", "1056", "CHNGOV")]),
            ("Kyiv urged Moscow to end its attacks on power plants.", &[("UKRGOV", "0256", "RUSGOV")]),
            // Ceasing what is no hostile act is no de-escalation.
            ("Bolivia urged Peru to stop the imports of used cars.", &[("BOLGOV", "020", "PERGOV")]),
        ],
    );
}

#[test]
fn a_noun_the_pattern_names_may_refer_to_an_earlier_act() {
    crate::check(
        DATE,
        &[
            (
                "Pakistan accused India of spying. India denied the accusation.",
                &[("PAKGOV", "1125", "INDGOV"), ("INDGOV", "016", "PAKGOV")],
            ),
            // A denial of no act named before has no one to answer.
            ("India denied the accusation.", &[]),
        ],
    );
}

#[test]
fn who_did_the_act_an_object_names_is_its_target() {
    crate::check(
        DATE,
        &[
            ("Cuba condemned the new sanctions imposed by the United States.", &[("CUBGOV", "111", "USAGOV")]),
            ("Russia condemned the attack by Ukrainian drones on Belgorod.", &[("RUSGOV", "111", "UKRMIL")]),
            // `by` after the act itself says how, or how many.
            ("Germany sent aid to Turkey by plane.", &[("DEUGOV", "073", "TUR")]),
            ("Kenyan police arrested protesters in Nairobi by the hundreds.", &[("KENCOP", "173", "KENCVL")]),
        ],
    );
}

#[test]
fn a_country_a_border_is_shared_with_is_no_partner() {
    crate::check(
        DATE,
        &[
            (
                "Myanmar's army clashed with Arakan Army rebels near the border with Bangladesh.",
                &[("MMRMIL", "190", "MMRREB")],
            ),
            ("Arakan Army rebels fought for weeks near the border with Bangladesh.", &[]),
            ("Myanmar's army shelled villages near the border with Bangladesh.", &[("MMRMIL", "194", "MMRCVL")]),
            // A `with` after any other noun still names the partner.
            ("India signed a trade agreement with Nepal near the border.", &[("INDGOV", "057", "NPLGOV")]),
        ],
    );
}

#[test]
fn talks_hosted_for_one_party_host_its_visit() {
    crate::check(
        DATE,
        &[
            (
                "Kenyan President William Ruto hosted Ugandan President Yoweri Museveni for talks in Nairobi.",
                &[("KENGOV", "043", "UGAGOV")],
            ),
            // Two parties, or talks named before them, are a mediation.
            (
                "Russia hosted Armenia and Azerbaijan for talks in Moscow.",
                &[("RUSGOV", "045", "ARMGOV"), ("RUSGOV", "045", "AZEGOV")],
            ),
            (
                "Qatar hosted talks between Israel and Hamas.",
                &[("QATGOV", "045", "ISRGOV"), ("QATGOV", "045", "PSEREB")],
            ),
        ],
    );
}

#[test]
fn a_junta_is_its_states_government_and_a_gang_is_criminal() {
    crate::check(
        DATE,
        &[
            (
                "BAMAKO, March 12 (AFP) - France criticised the junta for postponing elections.",
                &[("FRAGOV", "111", "MLIGOV")],
            ),
            ("Haitian police clashed with gang members in Port-au-Prince.", &[("HTICOP", "190", "HTICRM")]),
            ("Mexican police arrested 12 cartel members in Sinaloa.", &[("MEXCOP", "173", "MEXCRM")]),
            // A `gang` of ministers is no criminal group, and it acts on no one here.
            ("The gang of four ministers met in Kenya.", &[]),
        ],
    );
}

#[test]
fn a_request_refused_is_as_specific_as_the_request() {
    crate::check(
        DATE,
        &[
            (
                "The European Union called on Algeria to lift the trade restrictions. Algeria rejected the call.",
                &[("IGOEUREEC", "0254", "DZAGOV"), ("DZAGOV", "1244", "IGOEUREEC")],
            ),
            (
                "Serbia demanded that Croatia release two Serbs. Croatia rejected the demand.",
                &[("SRBGOV", "1053", "HRVGOV"), ("HRVGOV", "1243", "SRBGOV")],
            ),
            (
                "Russia offered talks to Ukraine. Ukraine rejected the offer.",
                &[("RUSGOV", "036", "UKRGOV"), ("UKRGOV", "125", "RUSGOV")],
            ),
            // Sanctions are no request: rejected, they are criticized (111); a request
            // welcomed keeps its own code.
            (
                "Germany imposed sanctions on Iran. Iran rejected the sanctions.",
                &[("DEUGOV", "163", "IRNGOV"), ("IRNGOV", "111", "DEUGOV")],
            ),
            (
                "Serbia demanded that Croatia release two Serbs. Croatia welcomed the demand.",
                &[("SRBGOV", "1053", "HRVGOV"), ("HRVGOV", "051", "SRBGOV")],
            ),
        ],
    );
}

#[test]
fn both_sides_are_the_two_the_story_is_about() {
    crate::check(
        DATE,
        &[
            (
                "Thailand expelled the Cambodian ambassador. Malaysia called on both sides to agree to an immediate ceasefire.",
                &[("THAGOV", "174", "KHMGOV"), ("MYSGOV", "0256", "THAGOV"), ("MYSGOV", "0256", "KHMGOV")],
            ),
            // Forces that clashed are their states' sides.
            (
                "Armenian forces shelled Azerbaijani villages. The OSCE called on the parties to prevent any escalation.",
                &[("ARMMIL", "194", "AZECVL"), ("IGOEUROSC", "0256", "ARMGOV"), ("IGOEUROSC", "0256", "AZEGOV")],
            ),
            (
                "South Korea hosted Vietnamese President To Lam in Seoul. The two countries signed agreements on trade.",
                &[("KORGOV", "043", "VNMGOV"), ("KORGOV", "057", "VNMGOV")],
            ),
            // Two of a role are the two sides, not two of the story's country.
            (
                "Sri Lanka's foreign minister met China's foreign minister. The two foreign ministers signed an agreement.",
                &[("LKAGOV", "040", "CHNGOV"), ("LKAGOV", "057", "CHNGOV")],
            ),
            // Two sides do together only what they do with each other; a story of one
            // side has none to name, nor do the sides of a river.
            (
                "Armenian forces shelled Azerbaijani villages on Monday. The deal lets the two sides swap captured soldiers.",
                &[("ARMMIL", "194", "AZECVL")],
            ),
            (
                "Thailand expelled the Cambodian ambassador. The UN called on all parties to observe a ceasefire.",
                &[("THAGOV", "174", "KHMGOV"), ("IGOUNO", "0256", "THAGOV"), ("IGOUNO", "0256", "KHMGOV")],
            ),
            ("Norway called on both sides to return to the negotiating table.", &[]),
            ("Kenyan police arrested 20 protesters. Both sides of the river flooded.", &[("KENCOP", "173", "KENCVL")]),
        ],
    );
}

#[test]
fn a_second_verb_after_an_accusation_is_its_own_event() {
    crate::check(
        DATE,
        &[
            (
                "Serbia accused Croatian police of mistreating Serbs and demanded that Zagreb release two men.",
                &[("SRBGOV", "1122", "HRVCOP"), ("SRBGOV", "1053", "HRVGOV")],
            ),
            (
                "Japan lodged a protest with China and demanded that Beijing protect its diplomats.",
                &[("JPNGOV", "114", "CHNGOV"), ("JPNGOV", "100", "CHNGOV")],
            ),
            // What the accusation is about is still no event.
            ("Ukraine accused Russia of attacking civilians and of lying about it.", &[("UKRGOV", "112", "RUSGOV")]),
        ],
    );
}

#[test]
fn a_demonym_among_a_persons_titles_is_the_persons() {
    crate::check(
        DATE,
        &[
            (
                "Kuwait's foreign minister held a phone call with his Iranian counterpart Hossein Amir-Abdollahian.",
                &[("KWTGOV", "041", "IRNGOV")],
            ),
            (
                "Kenya's president received visiting Ugandan President Yoweri Museveni in Nairobi.",
                &[("KENGOV", "043", "UGAGOV")],
            ),
            // The visitor is the name's, not the host's, whose talks host the visit.
            (
                "Chinese Premier Li Qiang held talks with visiting Vietnamese Prime Minister Pham Minh Chinh.",
                &[("CHNGOV", "043", "VNMGOV")],
            ),
            // A demonym with no title after it still names its country.
            ("Kenya's president received an Ugandan delegation in Nairobi.", &[("KENGOV", "043", "UGAGOV")]),
        ],
    );
}

#[test]
fn force_that_aircraft_use_is_aerial() {
    crate::check(
        DATE,
        &[
            ("Turkish warplanes struck PKK targets in northern Iraq.", &[("TURMIL", "195", "TURREB")]),
            ("Russian helicopters attacked Ukrainian positions near Bakhmut.", &[("RUSMIL", "195", "UKRMIL")]),
            ("Houthi drones attacked Saudi oil facilities.", &[("YEMREB", "195", "SAU")]),
            // So is force whose phrase names the aircraft it used.
            (
                "Russian troops attacked Ukrainian positions near Bakhmut with guided aerial bombs.",
                &[("RUSMIL", "195", "UKRMIL")],
            ),
            // Troops on the ground are not, nor is a code more specific than 190, nor aircraft
            // another clause names.
            (
                "Russian troops attacked Ukrainian positions near Bakhmut, and Ukrainian drones struck a refinery in Russia.",
                &[("RUSMIL", "190", "UKRMIL"), ("UKRMIL", "195", "RUSBUS")],
            ),
            ("Russian troops attacked Ukrainian positions near Bakhmut.", &[("RUSMIL", "190", "UKRMIL")]),
            ("Russian warplanes shelled Ukrainian positions near Bakhmut.", &[("RUSMIL", "194", "UKRMIL")]),
        ],
    );
}

#[test]
fn force_its_sentence_calls_gunfire_is_with_small_arms() {
    crate::check(
        DATE,
        &[
            ("Colombian troops killed four rebels in a shootout near Cali.", &[("COLMIL", "193", "COLREB")]),
            (
                "Islamist militants attacked an army base in Gao, Mali, and were repelled after a gun battle.",
                &[("MLIREB", "193", "MLIMIL")],
            ),
            // Without a word of gunfire it stays force of no stated kind.
            ("Islamist militants attacked an army base in Gao, Mali.", &[("MLIREB", "190", "MLIMIL")]),
        ],
    );
}

#[test]
fn a_former_official_is_the_states_elite() {
    crate::check(
        DATE,
        &[
            ("Peruvian police arrested a former governor on Monday.", &[("PERCOP", "173", "PERELI")]),
            ("Peruvian police arrested a governor on Monday.", &[("PERCOP", "173", "PERGOV")]),
            ("Peruvian police arrested former rebels on Monday.", &[("PERCOP", "173", "PERREB")]),
        ],
    );
}

#[test]
fn a_name_in_apposition_acts_with_the_apposition_s_code() {
    crate::check(
        DATE,
        &[
            // The phrase before the name, between commas, says who the person is; a
            // comma is no number, so the name is no object of the word before it.
            (
                "The head of the Houthi delegation, Mohammed al-Hadhri, accused Saudi Arabia of stalling.",
                &[("YEMREB", "112", "SAUGOV")],
            ),
            (
                "In Baku, presidential aide Teymur Guliyev accused Armenian forces of shelling the town.",
                &[("AZEGOV", "112", "ARMMIL")],
            ),
        ],
    );
}

#[test]
fn who_leads_a_coalition_names_it() {
    crate::check(
        DATE,
        &[
            ("Iraqi officials criticized the US-led coalition on Monday.", &[("IRQGOV", "111", "USA")]),
            ("Russian-backed militants shelled Ukrainian positions near Donetsk.", &[("UKRREB", "194", "UKRMIL")]),
        ],
    );
}

#[test]
fn the_wires_names_of_a_body_are_its_names() {
    crate::check(
        DATE,
        &[(
            "The United Nations’ top court on Friday ordered Venezuela to refrain from any action.",
            &[("IGOUNOJUDICJ", "105", "VENGOV")],
        )],
    );
}

#[test]
fn a_noun_naming_an_earlier_act_targets_its_actor() {
    crate::check(
        DATE,
        &[
            (
                "India expelled a Pakistani diplomat on Wednesday. Pakistan's foreign office condemned the expulsion.",
                &[("INDGOV", "174", "PAKGOV"), ("PAKGOV", "111", "INDGOV")],
            ),
            (
                "Boko Haram fighters abducted 20 students from a school in Yobe state. UNICEF condemned the kidnapping.",
                &[("NGAREB", "181", "NGAEDU"), ("IGOUNOCHR", "111", "NGAREB")],
            ),
            // A statement is a verbal act: a killing is not one.
            (
                "Nigerian troops killed 35 Boko Haram fighters. The United States condemned the statement.",
                &[("NGAMIL", "190", "NGAREB")],
            ),
            // Ranks are the army's.
            (
                "Brazil's Supreme Court sentenced an army colonel to 17 years in prison.",
                &[("BRAJUD", "116", "BRAMIL")],
            ),
        ],
    );
}

#[test]
fn a_quantity_opening_the_sentence_is_a_determiner() {
    crate::check(
        DATE,
        &[
            // What the protest is against names its target before the government does.
            (
                "Peruvian police arrested a former governor. Hundreds of protesters marched in Lima against the arrest.",
                &[("PERCOP", "173", "PERELI"), ("PERCVL", "141", "PERCOP")],
            ),
            ("Hundreds of protesters marched in Lima against the government.", &[("PERCVL", "141", "PERGOV")]),
        ],
    );
}

#[test]
fn a_possessive_owns_a_compound_after_it() {
    crate::check(
        DATE,
        &[
            (
                "The United States threatened sanctions against Venezuela's state oil company.",
                &[("USAGOV", "1312", "VENBUS")],
            ),
            ("Turkish warplanes struck PKK targets in northern Iraq.", &[("TURMIL", "195", "TURREB")]),
        ],
    );
}

#[test]
fn a_noun_trigger_is_as_asserted_as_its_verb() {
    crate::check(
        DATE,
        &[
            // Announced, it is the intent to give it.
            ("The United States will send 300 million dollars in aid to Ukraine.", &[("USAGOV", "0333", "UKR")]),
            ("Japan did not provide emergency relief supplies to Turkey.", &[]),
            ("Hungary blocked the European Union's aid package for Ukraine.", &[]),
            ("Niger's junta revoked military cooperation agreements with France.", &[]),
            ("The United States suspended military aid to Niger.", &[("USAGOV", "1622", "NERGOV")]),
            ("The European Union approved an aid package for Ukraine.", &[("IGOEUREEC", "070", "UKR")]),
            ("Japan provided emergency relief supplies to Turkey after the earthquake.", &[("JPNGOV", "073", "TUR")]),
        ],
    );
}

#[test]
fn forces_the_pattern_names_are_the_actors_own() {
    crate::check(
        DATE,
        &[
            // The role word is the pattern's own: whose forces is the source's, not the story's.
            ("SEOUL (Reuters) - Russia held military exercises near Ukraine.", &[("RUSGOV", "150", "RUSMIL")]),
            ("SEOUL (Reuters) - Russia amassed troops on the border.", &[("RUSGOV", "154", "RUSMIL")]),
            // Forces whose words say whose stay theirs.
            ("SEOUL (Reuters) - The United States trained Ukrainian troops.", &[("USAGOV", "072", "UKRMIL")]),
            // A role the pattern does not name keeps the story's country.
            (
                "SEOUL (Reuters) - Hungary's government threatened to close opposition newspapers.",
                &[("HUNGOV", "1321", "KOROPP")],
            ),
        ],
    );
}

#[test]
fn a_place_after_a_role_narrowed_by_a_compass_point_gives_its_country() {
    crate::check(
        DATE,
        &[
            (
                "GENEVA, March 10 (Reuters) - The World Food Programme delivered food to 200,000 people in northern Ethiopia.",
                &[("IGOUNOWFP", "073", "ETHCVL")],
            ),
            (
                "GENEVA, March 10 (Reuters) - The World Food Programme delivered food to families in the Gaza Strip.",
                &[("IGOUNOWFP", "073", "PSECVL")],
            ),
            // With nothing after `in` but the place, as before; a named region is a name.
            (
                "GENEVA, March 10 (Reuters) - The World Food Programme delivered food to people in Ethiopia.",
                &[("IGOUNOWFP", "073", "ETHCVL")],
            ),
            (
                "DUBLIN, March 10 (Reuters) - The World Food Programme delivered food to people in Northern Ireland.",
                &[("IGOUNOWFP", "073", "GBRCVL")],
            ),
        ],
    );
}

#[test]
fn a_cooperative_act_announced_with_will_is_the_intent_to_do_it() {
    crate::check(
        DATE,
        &[
            ("Germany will send 500 tonnes of food to Sudan.", &[("DEUGOV", "0333", "SDN")]),
            ("The United States will provide military aid to Ukraine.", &[("USAGOV", "0332", "UKR")]),
            ("Japan will hold talks with South Korea on Friday.", &[("JPNGOV", "036", "KORGOV")]),
            // Done, denied, only possible, or hostile: as before.
            ("Germany sent 500 tonnes of food to Sudan.", &[("DEUGOV", "073", "SDN")]),
            // (An act of cooperation denied is refused: `a_cooperative_act_refused_is_its_refusal`.)
            ("Russia will not release the detained Ukrainian journalists.", &[("RUSGOV", "1243", "UKRMED")]),
            ("Germany would send food to Sudan if asked.", &[]),
            ("Russia will attack Ukrainian cities.", &[]),
        ],
    );
}

#[test]
fn a_cooperative_act_one_is_ready_to_do_or_said_one_would_do_is_intended() {
    crate::check(
        DATE,
        &[
            ("Iran is ready to supply more gas to Iraq.", &[("IRNGOV", "0311", "IRQ")]),
            ("Malaysia was prepared to hold consultations with China.", &[("MYSGOV", "036", "CHNGOV")]),
            ("Egypt said it would send food to Sudan.", &[("EGYGOV", "0333", "SDN")]),
            (
                "Turkey is willing to mediate between Russia and Ukraine.",
                &[("TURGOV", "039", "RUSGOV"), ("TURGOV", "039", "UKRGOV")],
            ),
            // Done, denied, conditional or hostile: as before, or nothing.
            ("Iran supplied more gas to Iraq.", &[("IRNGOV", "061", "IRQ")]),
            ("Iran is not ready to supply gas to Iraq.", &[]),
            ("Egypt said it would send food to Sudan if the fighting stopped.", &[]),
            ("Russia is ready to attack Ukrainian cities.", &[]),
        ],
    );
}

#[test]
fn the_head_or_member_of_a_body_takes_its_role() {
    crate::check(
        DATE,
        &[
            ("Sudan's army chief met the Egyptian president in Cairo.", &[("SDNMIL", "040", "EGYGOV")]),
            ("Nigeria's police chief met the governor of Lagos.", &[("NGACOP", "040", "NGAGOV")]),
            // A role word before another noun still modifies it: no actor.
            ("A civilian airliner landed in Kenya.", &[]),
        ],
    );
}

#[test]
fn congo_alone_is_the_democratic_republic() {
    crate::check(
        DATE,
        &[
            ("Congo accused Rwanda of backing the rebels.", &[("CODGOV", "112", "RWAGOV")]),
            ("The Democratic Republic of Congo accused Rwanda of backing the rebels.", &[("CODGOV", "112", "RWAGOV")]),
            // The smaller republic is named in full.
            ("The Republic of Congo accused Rwanda of backing the rebels.", &[("COGGOV", "112", "RWAGOV")]),
            ("Congo Republic accused Rwanda of backing the rebels.", &[("COGGOV", "112", "RWAGOV")]),
        ],
    );
}

#[test]
fn a_posts_or_vehicles_body_is_whom_an_act_on_it_targets() {
    crate::check(
        DATE,
        &[
            ("Al-Shabaab fighters stormed a Kenyan military base near Lamu.", &[("SOMREB", "190", "KENMIL")]),
            ("Boko Haram fighters attacked a Nigerian police station in Borno.", &[("NGAREB", "190", "NGACOP")]),
            ("Rebels ambushed a Malian army convoy near Gao.", &[("MLIREB", "190", "MLIMIL")]),
            // A role word before another noun still only modifies it.
            ("Kenyan police arrested a military analyst.", &[]),
        ],
    );
}

#[test]
fn a_nouns_agent_acts_and_is_whom_an_act_on_the_noun_targets() {
    crate::check(
        DATE,
        &[
            ("An attack by al-Shabaab on Kenyan police killed 20 officers.", &[("SOMREB", "190", "KENCOP")]),
            ("The attack on Kenyan police by al-Shabaab killed 20 officers.", &[("SOMREB", "190", "KENCOP")]),
            ("The shelling of Belgorod by Ukrainian forces killed three people.", &[("UKRMIL", "194", "RUSCVL")]),
            // Whoever condemned the act did not do it, and condemned its agent; the act,
            // named with its agent, is reported too.
            (
                "Kenya condemned the attack on Kenyan police by al-Shabaab.",
                &[("KENGOV", "111", "SOMREB"), ("SOMREB", "190", "KENCOP")],
            ),
            (
                "The UAE condemned the assassination of a Somali regional governor by al-Shabaab militants.",
                &[("AREGOV", "111", "SOMREB"), ("SOMREB", "186", "SOMGOV")],
            ),
            // With no agent, the noun's subject acts and its object is the target, as before.
            ("Kenya condemned the attack on its police.", &[("KENGOV", "111", "KENCOP")]),
            ("Al-Shabaab carried out an attack on Kenyan police.", &[("SOMREB", "190", "KENCOP")]),
        ],
    );
}

#[test]
fn a_visitor_received_or_welcomed_is_hosted() {
    crate::check(
        DATE,
        &[
            (
                "Italian Prime Minister Giorgia Meloni received Tunisian President Kais Saied in Rome.",
                &[("ITAGOV", "043", "TUNGOV")],
            ),
            (
                "Iraqi Prime Minister Mohammed Shia al-Sudani was welcomed by Iranian President Masoud Pezeshkian.",
                &[("IRNGOV", "043", "IRQGOV")],
            ),
            // A thing received, one's own official, or a decision welcomed hosts no one.
            ("Ukraine received weapons from Germany.", &[]),
            ("Italian Prime Minister Giorgia Meloni received Italian Defence Minister Guido Crosetto.", &[]),
            ("Germany welcomed the Chinese proposal.", &[("DEUGOV", "051", "CHNGOV")]),
        ],
    );
}

#[test]
fn a_participles_clause_acts_with_its_verbs_subject() {
    crate::check(
        DATE,
        &[
            (
                "Poland expelled two Belarusian diplomats, accusing Minsk of sabotage.",
                &[("POLGOV", "174", "BLRGOV"), ("POLGOV", "112", "BLRGOV")],
            ),
            (
                "Poland ordered the closure of the Belarusian consulate, accusing Minsk of sabotage.",
                &[("POLGOV", "161", "BLRGOV"), ("POLGOV", "112", "BLRGOV")],
            ),
            (
                "Nepalese protesters turned violent, torching vehicles and throwing stones at the police.",
                &[("NPLCVL", "145", "NPLCOP")],
            ),
            // A participle with its own subject acts with it.
            (
                "Poland expelled two Belarusian diplomats, with Minsk accusing Warsaw of lying.",
                &[("POLGOV", "174", "BLRGOV"), ("BLRGOV", "112", "POLGOV")],
            ),
        ],
    );
}

#[test]
fn a_claim_of_responsibility_for_an_earlier_act_is_towards_its_target() {
    crate::check(
        DATE,
        &[
            (
                "Al-Shabaab stormed a Somali police academy. The group claimed responsibility for the attack.",
                &[("SOMREB", "190", "SOMCOP"), ("SOMREB", "015", "SOMCOP")],
            ),
            // A denial of an earlier accusation is still towards the accuser.
            (
                "Poland accused Belarus of sabotage. Minsk denied the accusation.",
                &[("POLGOV", "112", "BLRGOV"), ("BLRGOV", "016", "POLGOV")],
            ),
        ],
    );
}

#[test]
fn a_protest_or_complaint_rejected_is_the_protesters() {
    crate::check(
        DATE,
        &[
            (
                "Japan lodged a protest with China over the drills. China's Foreign Ministry rejected the protest.",
                &[("JPNGOV", "114", "CHNGOV"), ("CHNGOV", "120", "JPNGOV")],
            ),
            ("China's Foreign Ministry rejected the protest.", &[]),
        ],
    );
}

#[test]
fn the_phrase_a_sentence_opens_with_ends_at_its_comma() {
    crate::check(
        DATE,
        &[
            // Names after the comma are the subject, not more places of the phrase.
            ("After talks in Doha, Hamas and Israel agreed to a ceasefire.", &[("PSEREB", "0871", "ISRGOV")]),
            // An event noun in the phrase is the act of the sentence's subject.
            (
                "During a visit to Baghdad, Iranian Foreign Minister Abbas Araghchi signed a security agreement with Iraq.",
                &[("IRNGOV", "042", "IRQ"), ("IRNGOV", "057", "IRQGOV")],
            ),
            // A list inside a phrase that does not open the sentence stays in it.
            (
                "Relief flights landed in Karachi, Lahore and Islamabad, and Turkey sent rescue teams to Pakistan.",
                &[("TURGOV", "073", "PAK")],
            ),
        ],
    );
}

#[test]
fn who_follows_a_person_or_body_is_theirs() {
    crate::check(
        DATE,
        &[(
            "Pakistani police detained dozens of supporters of former prime minister Imran Khan.",
            &[("PAKCOP", "173", "PAKOPP")],
        )],
    );
}

#[test]
fn relations_restored_by_two_are_restored_between_them() {
    crate::check(
        DATE,
        &[
            ("Ethiopia and Eritrea restored diplomatic relations on Sunday.", &[("ETHGOV", "054", "ERIGOV")]),
            ("Ethiopia restored diplomatic relations with Eritrea on Sunday.", &[("ETHGOV", "054", "ERIGOV")]),
        ],
    );
}

#[test]
fn a_role_of_two_words_is_the_pairs() {
    crate::check(
        DATE,
        &[
            ("The Thai air force bombed Cambodian positions.", &[("THAMIL", "195", "KHMMIL")]),
            ("Thailand's air force bombed Cambodian positions.", &[("THAMIL", "195", "KHMMIL")]),
            // `force` alone is no role.
            ("Thailand used force against Cambodian positions.", &[]),
        ],
    );
}

#[test]
fn civilians_named_by_what_they_do_or_where_they_live_are_civilians() {
    crate::check(
        DATE,
        &[
            ("Sri Lanka's navy arrested 23 Indian fishermen.", &[("LKAMIL", "173", "INDCVL")]),
            ("Israeli warplanes struck several Lebanese towns.", &[("ISRMIL", "195", "LBNCVL")]),
            ("Boko Haram militants abducted 40 Nigerian women and children.", &[("NGAREB", "181", "NGACVL")]),
        ],
    );
}

#[test]
fn both_sides_are_those_of_the_story_so_far_even_in_the_same_sentence() {
    crate::check(
        DATE,
        &[(
            "Italian Prime Minister Giorgia Meloni received Tunisian President Kais Saied in Rome, where the two leaders signed a memorandum on migration.",
            &[("ITAGOV", "043", "TUNGOV"), ("ITAGOV", "057", "TUNGOV")],
        )],
    );
}

#[test]
fn what_talks_are_aimed_at_is_not_done() {
    crate::check(
        DATE,
        &[
            (
                "Yemen's government and the Houthi movement opened a new round of talks aimed at freeing detainees.",
                &[("YEMGOV", "046", "YEMREB")],
            ),
            ("Yemen's government freed 20 Houthi detainees.", &[("YEMGOV", "0841", "YEMREB")]),
        ],
    );
}

#[test]
fn aid_a_state_brings_its_own_people_is_no_aid_event() {
    crate::check(
        DATE,
        &[
            ("The Libyan government sent medicine to flood victims in Derna.", &[]),
            ("Egypt sent medicine to flood victims in Libya.", &[("EGYGOV", "073", "LBYCVL")]),
        ],
    );
}

#[test]
fn weapons_that_act_are_their_forces() {
    crate::check(
        DATE,
        &[
            ("Russian artillery shelled Ukrainian villages overnight.", &[("RUSMIL", "194", "UKRCVL")]),
            ("Iranian missiles struck Israeli army bases.", &[("IRNMIL", "190", "ISRMIL")]),
            // Weapons sold are what the sale moves, not a party to it.
            ("Turkey sold missiles to Pakistan.", &[("TURGOV", "062", "PAK")]),
            ("Germany supplied missiles and ammunition to Ukraine.", &[("DEUGOV", "072", "UKR")]),
        ],
    );
}

#[test]
fn a_crowd_of_a_nations_people_is_its_civilians() {
    crate::check(
        DATE,
        &[
            ("Thousands of Serbians marched in Belgrade against the government.", &[("SRBCVL", "141", "SRBGOV")]),
            (
                "Tens of thousands of Georgians protested against the government in Tbilisi.",
                &[("GEOCVL", "141", "GEOGOV")],
            ),
            // A few people counted are no crowd the reader can place.
            ("Three Palestinians protested outside the embassy.", &[]),
        ],
    );
}

#[test]
fn a_relative_clause_acts_for_the_name_it_follows() {
    crate::check(
        DATE,
        &[
            (
                "Russian Foreign Minister Sergey Lavrov held talks with Chadian Foreign Minister Abderaman Koulamallah, who is in Moscow on an official visit.",
                &[("RUSGOV", "043", "TCDGOV"), ("TCDGOV", "042", "RUS")],
            ),
            (
                "Kenyan police arrested opposition supporters who had attacked a police station.",
                &[("KENCOP", "173", "KENOPP"), ("KENOPP", "190", "KENCOP")],
            ),
        ],
    );
}

#[test]
fn a_visitor_met_is_hosted_and_a_broadcaster_is_media() {
    crate::check(
        DATE,
        &[
            (
                "Indian Prime Minister Narendra Modi met with visiting Chinese Foreign Minister Wang Yi.",
                &[("INDGOV", "043", "CHNGOV")],
            ),
            ("Burkina Faso's junta suspended the French broadcaster TV5Monde.", &[("BFAGOV", "1721", "FRAMED")]),
            ("China also handed over 1,000 tonnes of rice to Sri Lanka.", &[("CHNGOV", "073", "LKA")]),
        ],
    );
}

#[test]
fn a_countrys_act_judged_is_its_governments() {
    crate::check(
        DATE,
        &[
            ("The Belarusian Foreign Ministry denounced Lithuania's decision.", &[("BLRGOV", "111", "LTUGOV")]),
            (
                "Iran and Saudi Arabia condemned Israel's continued aggression.",
                &[("IRNGOV", "111", "ISRGOV"), ("SAUGOV", "111", "ISRGOV")],
            ),
            // What is praised or given in a country's name stays the country's.
            ("Oman praised India's dynamic economy.", &[("OMNGOV", "051", "IND")]),
        ],
    );
}

#[test]
fn those_released_are_freed_whoever_receives_them() {
    crate::check(
        DATE,
        &[
            (
                "M23 rebels released 60 Congolese soldiers to the International Committee of the Red Cross.",
                &[("CODREB", "0841", "CODMIL")],
            ),
            // An act judged unfriendly is condemned.
            (
                "Moldova expelled a Russian diplomat. The Russian Foreign Ministry called the expulsion \"an unfriendly step\".",
                &[("MDAGOV", "174", "RUSGOV"), ("RUSGOV", "111", "MDAGOV")],
            ),
        ],
    );
}

#[test]
fn a_band_of_people_is_those_people() {
    crate::check(
        DATE,
        &[
            (
                "A group of Bangladeshi smugglers attacked Indian soldiers with sharp weapons.",
                &[("BGDCRM", "190", "INDMIL")],
            ),
            ("Indian police arrested a group of Bangladeshi smugglers.", &[("INDCOP", "173", "BGDCRM")]),
        ],
    );
}

#[test]
fn an_armed_bodys_noun_takes_the_role_of_the_body_before_it() {
    crate::check(
        DATE,
        &[
            ("Congolese troops shelled rebel positions near Goma.", &[("CODMIL", "194", "CODREB")]),
            ("Sudanese insurgent forces ambushed an army convoy in Darfur.", &[("SDNREB", "190", "SDNMIL")]),
            ("Malian militants attacked a police post near Gao.", &[("MLIREB", "190", "MLICOP")]),
            // A government's forces are its military; a demonym's are its country's.
            ("Syrian government forces shelled opposition positions in Idlib.", &[("SYRMIL", "194", "SYROPP")]),
            ("Azerbaijani troops shelled Armenian positions in Tavush.", &[("AZEMIL", "194", "ARMMIL")]),
        ],
    );
}

#[test]
fn a_protest_at_a_states_seat_abroad_is_against_that_state() {
    crate::check(
        DATE,
        &[
            (
                "Hundreds of Lithuanians demonstrated outside the Russian embassy in Vilnius.",
                &[("LTUCVL", "141", "RUSGOV")],
            ),
            (
                "Pakistani students protested in front of the Chinese consulate in Karachi.",
                &[("PAKEDU", "141", "CHNGOV")],
            ),
            ("Bangladeshi students marched to the Indian High Commission in Dhaka.", &[("BGDEDU", "141", "INDGOV")]),
            // Outside a body's house, against the body; anywhere else, against the place's
            // government.
            ("Thousands of Kenyans protested outside parliament in Nairobi.", &[("KENCVL", "141", "KENLEG")]),
            ("Hundreds of Lithuanians demonstrated in Vilnius on Saturday.", &[("LTUCVL", "141", "LTUGOV")]),
            // Those who work for a state's seat abroad are its government's.
            ("Moldova expelled a Russian embassy employee.", &[("MDAGOV", "174", "RUSGOV")]),
        ],
    );
}

#[test]
fn a_possessor_names_the_body_of_its_posts() {
    crate::check(
        DATE,
        &[
            ("Malian troops shelled the rebels' positions near Kidal.", &[("MLIMIL", "194", "MLIREB")]),
            ("Malian troops shelled Algerian positions near Kidal.", &[("MLIMIL", "194", "DZAMIL")]),
        ],
    );
}

#[test]
fn guards_clergy_and_offices_named_general_have_their_roles() {
    crate::check(
        DATE,
        &[
            (
                "Bangladeshi border guards detained 14 Indian fishermen near the border.",
                &[("BGDMIL", "173", "INDCVL")],
            ),
            (
                "Chinese coast guard personnel beat 10 Vietnamese fishermen with iron bars.",
                &[("CHNCOP", "182", "VNMCVL")],
            ),
            ("Haitian gangs abducted a Catholic priest and two nuns.", &[("HTICRM", "181", "HTIREL")]),
            // A prosecutor general is no general.
            (
                "Russian forces shelled Ukrainian positions near Bakhmut. Ukraine's prosecutor general opened an investigation into the shelling.",
                &[("RUSMIL", "194", "UKRMIL"), ("UKRJUD", "090", "RUSMIL")],
            ),
        ],
    );
}

#[test]
fn a_route_is_no_recipient_and_nations_counted_are_civilians() {
    crate::check(
        DATE,
        &[
            ("Turkey airlifted medical supplies to Gaza via Egypt.", &[("TURGOV", "073", "PSE")]),
            ("The UAE sent relief supplies to Darfur via Chad.", &[("AREGOV", "073", "SDN")]),
            ("Russian missiles killed 12 Ukrainians in Odesa.", &[("RUSMIL", "190", "UKRCVL")]),
            ("Israeli forces killed at least 20 Palestinians in Gaza.", &[("ISRMIL", "190", "PSECVL")]),
        ],
    );
}

#[test]
fn two_parties_pledging_closer_ties_intend_them_with_each_other() {
    crate::check(
        DATE,
        &[
            ("China and Sri Lanka pledged to deepen cooperation.", &[("CHNGOV", "030", "LKAGOV")]),
            ("Kenya and Ethiopia agreed to strengthen ties.", &[("KENGOV", "030", "ETHGOV")]),
            // One party's pledge is towards the one it names.
            ("China pledged to deepen cooperation with Sri Lanka.", &[("CHNGOV", "030", "LKAGOV")]),
        ],
    );
}

#[test]
fn fighting_between_two_sides_is_between_them() {
    crate::check(
        DATE,
        &[
            (
                "Clashes between Sudanese army troops and RSF fighters killed 20 people in Omdurman.",
                &[("SDNMIL", "190", "SDNREB"), ("SDNREB", "190", "SDNMIL")],
            ),
            (
                "Fighting between Azerbaijani and Armenian forces erupted along the border.",
                &[("AZEMIL", "190", "ARMMIL"), ("ARMMIL", "190", "AZEMIL")],
            ),
            (
                "Heavy fighting broke out between Congolese troops and M23 rebels near Goma.",
                &[("CODMIL", "190", "CODREB"), ("CODREB", "190", "CODMIL")],
            ),
            // A government's armed men are its military.
            ("Taliban forces clashed with Pakistani troops near Chaman.", &[("AFGMIL", "190", "PAKMIL")]),
        ],
    );
}

#[test]
fn more_words_that_judge_an_act_condemn_it() {
    crate::check(
        DATE,
        &[
            ("Ukraine's foreign ministry said Russia's claims were \"absurd\".", &[("UKRGOV", "111", "RUSGOV")]),
            ("Armenia called Azerbaijan's accusations baseless.", &[("ARMGOV", "111", "AZEGOV")]),
        ],
    );
}

#[test]
fn a_curfew_or_emergency_lifted_eases_the_rulers_own_country() {
    crate::check(
        DATE,
        &[
            ("Niger's junta lifted the curfew in Niamey.", &[("NERGOV", "0813", "NER")]),
            ("Ethiopia lifted the state of emergency in Amhara.", &[("ETHGOV", "0814", "ETH")]),
        ],
    );
}

#[test]
fn a_name_written_surname_first_is_met_again_by_its_first_word() {
    crate::check(
        DATE,
        &[(
            "Chinese Foreign Minister Wang Yi arrived in Colombo on Monday. Wang met Sri Lankan President Anura Kumara Dissanayake on Tuesday.",
            &[("CHNGOV", "042", "LKA"), ("CHNGOV", "040", "LKAGOV")],
        )],
    );
}

#[test]
fn they_doing_what_two_do_together_are_the_storys_sides() {
    crate::check(
        DATE,
        &[
            (
                "Chinese Foreign Minister Wang Yi held talks with Sri Lankan Foreign Minister Vijitha Herath in Colombo. They signed an agreement on economic cooperation.",
                &[("LKAGOV", "043", "CHNGOV"), ("LKAGOV", "057", "CHNGOV")],
            ),
            // Anything else they do is theirs alone.
            (
                "Kenyan police arrested opposition supporters in Nairobi. They fired tear gas at the crowd.",
                &[("KENCOP", "173", "KENOPP")],
            ),
        ],
    );
}

#[test]
fn an_act_named_with_its_object_refers_to_the_event_that_named_it() {
    crate::check(
        DATE,
        &[(
            "Sudan's Rapid Support Forces shelled a displacement camp near El Fasher, killing 30 civilians. The army said its warplanes had struck RSF positions in response. The United Nations condemned the attack on the camp.",
            &[("SDNREB", "194", "SDNCVL"), ("SDNMIL", "195", "SDNREB"), ("IGOUNO", "111", "SDNREB")],
        )],
    );
}

#[test]
fn an_acronym_the_article_defines_is_the_name_it_spells() {
    crate::check(
        "2025-04-15",
        &[(
            "Imran Khan's Pakistan Tehreek-e-Insaf (PTI) called for protests. Police arrested dozens of PTI members in Rawalpindi.",
            &[("PAKCOP", "173", "PAKPTY")],
        )],
    );
}

#[test]
fn an_evaluation_without_quotes_judges_the_act_it_names() {
    crate::check(
        DATE,
        &[(
            "The European Union imposed sanctions on 21 Iranian officials. Russia's foreign ministry called the measures illegal.",
            &[("IGOEUREEC", "163", "IRNGOV"), ("RUSGOV", "111", "IGOEUREEC")],
        )],
    );
}

#[test]
fn leaders_named_alone_and_talks_held_in_other_words() {
    crate::check(
        "2025-03-04",
        &[
            ("Putin met Xi in Moscow on Monday.", &[("RUSGOV", "043", "CHNGOV")]),
            (
                "Japan and South Korea held their first security dialogue in seven years.",
                &[("JPNGOV", "040", "KORGOV")],
            ),
            (
                "Indonesia's foreign minister paid a courtesy call on Malaysia's prime minister.",
                &[("IDNGOV", "040", "MYSGOV")],
            ),
        ],
    );
}

#[test]
fn capitals_between_which_one_mediates_are_their_governments() {
    crate::check(
        DATE,
        &[(
            "Qatar offered to mediate between Washington and Tehran.",
            &[("QATGOV", "039", "USAGOV"), ("QATGOV", "039", "IRNGOV")],
        )],
    );
}

#[test]
fn a_ship_flagged_or_owned_by_a_country_is_its() {
    crate::check(DATE, &[("Iran seized a Greek-flagged oil tanker in the Gulf of Oman.", &[("IRNGOV", "171", "GRC")])]);
}

#[test]
fn a_waters_name_is_no_country() {
    crate::check(DATE, &[("Iran seized a tanker in the Gulf of Oman.", &[])]);
}

#[test]
fn arms_supplied_to_a_state_and_a_body_a_role_word_names() {
    crate::check(
        DATE,
        &[
            ("The United States supplied Ukraine with air defence systems.", &[("USAGOV", "072", "UKR")]),
            ("Japan provided Vietnam with six patrol vessels.", &[("JPNGOV", "072", "VNM")]),
            ("A Thai court dissolved the main Thai opposition party.", &[("THAJUD", "1722", "THAOPP")]),
        ],
    );
}

#[test]
fn a_society_with_no_country_is_that_of_where_it_happened() {
    crate::check(
        DATE,
        &[
            ("The Russian shelling of Kharkiv killed three civilians.", &[("RUSMIL", "194", "UKRCVL")]),
            // So are police, armed groups and the rest of a society; not a state's organs.
            (
                "Kenyan troops patrolled Nairobi and Mombasa. Police arrested 20 protesters in Lima.",
                &[("PERCOP", "173", "PERCVL")],
            ),
            // Those a state holds or frees with no country of their own are its own.
            (
                "Kenyan troops patrolled Nairobi and Mombasa. Venezuelan authorities freed 12 opposition activists.",
                &[("VENGOV", "0841", "VENOPP")],
            ),
            // Of where it happened, not of where an order came from.
            ("Moldovan police detained four people in Chisinau on orders from Moscow.", &[("MDACOP", "173", "MDACVL")]),
        ],
    );
}

#[test]
fn an_arrest_reported_with_no_agent_is_the_police_s_where_it_happened() {
    crate::check(
        DATE,
        &[
            ("Twenty-seven protesters were detained in Lima on Monday.", &[("PERCOP", "173", "PERCVL")]),
            ("More than 300 people were later arrested after the rally in Nairobi.", &[("KENCOP", "173", "KENCVL")]),
            // An agent named is the one who arrests; an active verb with no subject found is
            // no arrest, nor is a passive of another act.
            ("Twenty-seven protesters were detained by soldiers in Lima.", &[("PERMIL", "173", "PERCVL")]),
            ("Twenty-seven protesters were wounded in Lima on Monday.", &[]),
        ],
    );
}

#[test]
fn kidnappers_and_bandits_are_criminals_and_terrorists_rebels() {
    crate::check(
        DATE,
        &[
            ("Kidnappers abducted 38 worshippers at a church in Kaduna state.", &[("NGACRM", "181", "NGACVL")]),
            // Gunmen are of whichever side the story says, which a word alone does not.
            ("Gunmen abducted 38 worshippers at a church in Kaduna state.", &[]),
            ("Bandits attacked a police station in Zamfara.", &[("NGACRM", "190", "NGACOP")]),
            ("Terrorists fired on an army patrol in Poonch.", &[("INDREB", "190", "INDMIL")]),
        ],
    );
}

#[test]
fn role_nouns_of_the_news_have_their_roles() {
    crate::check(
        DATE,
        &[
            ("Somali pirates opened fire on an Indian warship.", &[("SOMCRM", "193", "INDMIL")]),
            ("Israeli settlers attacked Palestinian farmers near Nablus.", &[("ISRCVL", "190", "PSECVL")]),
            ("Sudanese paramilitaries shelled a village near El Fasher.", &[("SDNREB", "194", "SDNCVL")]),
            ("Russia's Foreign Office summoned the Polish ambassador.", &[("RUSGOV", "114", "POLGOV")]),
            ("German security services arrested two Russian hackers.", &[("DEUSPY", "173", "RUS")]),
            ("Indian marines detained nine Somali pirates.", &[("INDMIL", "173", "SOMCRM")]),
            ("Serbian student groups accused Serbian police of beating protesters.", &[("SRBEDU", "112", "SRBCOP")]),
        ],
    );
}

#[test]
fn a_participle_describing_a_noun_is_not_the_sentence_subject_s_act() {
    crate::check(
        DATE,
        &[
            (
                "Germany on Tuesday deported 67 Afghan men convicted of serious crimes to Kabul.",
                &[("DEUGOV", "174", "AFG")],
            ),
            // Its agent acts; a participle with an object is a main verb.
            (
                "Germany deported 67 Afghan men convicted by a Berlin court to Kabul.",
                &[("DEUGOV", "174", "AFG"), ("DEUJUD", "116", "AFG")],
            ),
            ("Somali forces backed by local militias killed 30 al-Shabaab fighters.", &[("SOMMIL", "190", "SOMREB")]),
        ],
    );
}

#[test]
fn a_release_called_for_is_from_whoever_holds_them() {
    crate::check(
        DATE,
        &[
            (
                "Houthi rebels detained five United Nations staff in Sanaa. Saudi Arabia called for their \
                 immediate and unconditional release.",
                &[("YEMREB", "173", "IGOUNO"), ("SAUGOV", "0253", "YEMREB")],
            ),
            // Their own act is no one else's: a possessive refers back only for a release.
            (
                "Houthi rebels detained five United Nations staff in Sanaa. Saudi Arabia condemned their attack.",
                &[("YEMREB", "173", "IGOUNO")],
            ),
        ],
    );
}

#[test]
fn a_call_received_is_made_by_the_caller() {
    crate::check(
        DATE,
        &[
            (
                "Kuwaiti Foreign Minister Abdullah Al-Yahya received a phone call from his Egyptian counterpart.",
                &[("EGYGOV", "041", "KWTGOV")],
            ),
            // Another thing received is still a visitor hosted or nothing.
            (
                "Kuwaiti Foreign Minister Abdullah Al-Yahya received the Egyptian ambassador.",
                &[("KWTGOV", "043", "EGYGOV")],
            ),
        ],
    );
}

#[test]
fn an_act_a_nation_s_adjective_names_is_its_government_s_when_judged() {
    crate::check(
        DATE,
        &[
            (
                "The Moldovan Foreign Ministry called the Russian decision \"unjustified\".",
                &[("MDAGOV", "111", "RUSGOV")],
            ),
            // A coalition a nation leads is not its government.
            ("Houthi rebels accused the Saudi-led coalition of stalling.", &[("YEMREB", "112", "SAU")]),
        ],
    );
}

#[test]
fn an_airbase_is_the_forces_of_the_country_it_stands_in() {
    crate::check(
        DATE,
        &[
            ("Israeli warplanes struck an airbase near Homs.", &[("ISRMIL", "195", "SYRMIL")]),
            ("Turkish drones struck a naval base outside Latakia.", &[("TURMIL", "195", "SYRMIL")]),
        ],
    );
}

#[test]
fn a_cooperative_act_refused_is_its_refusal() {
    crate::check(
        DATE,
        &[
            ("Lithuania said it would not ease sanctions on Belarus.", &[("LTUGOV", "1244", "BLRGOV")]),
            ("Israel refused to withdraw its troops from southern Lebanon.", &[("ISRGOV", "1246", "LBNGOV")]),
            // An act of conflict not done is nothing; one done is itself.
            ("Lithuania said it would not attack Belarus.", &[]),
            ("Lithuania eased sanctions on Belarus.", &[("LTUGOV", "085", "BLR")]),
        ],
    );
}

#[test]
fn an_act_dated_near_the_news_is_coded_whatever_an_aside_recalls() {
    crate::check(
        DATE,
        &[
            (
                "Libyan Prime Minister Abdul Hamid Dbeibah arrived in Rome on Wednesday for a two-day visit, his \
                 third to Italy since taking office in 2021.",
                &[("LBYGOV", "042", "ITA")],
            ),
            (
                "Senegal on Thursday again demanded that Paris open its archives on the 1944 massacre, in which \
                 French troops killed dozens of Senegalese riflemen.",
                &[("SENGOV", "100", "FRAGOV")],
            ),
            // A relative clause after the act dates what it describes; in a relative
            // clause, the act is dated by what follows.
            (
                "Venezuelan authorities released 12 opposition activists who had been detained after the 2019 \
                 elections.",
                &[("VENGOV", "0841", "VENOPP")],
            ),
            // The clause set off after the subject dates the subject, not the act.
            (
                "The rebels, who fought a war against Ethiopia that ended in 2020, met the US envoy.",
                &[("ETHREB", "040", "USAGOV")],
            ),
            // What only the old date dates is background.
            ("Armenia and Azerbaijan signed a ceasefire in 1994.", &[]),
            ("Russia on Monday marked the anniversary of its 2014 annexation of Crimea.", &[]),
        ],
    );
}

#[test]
fn an_infinitive_another_verb_takes_is_not_done() {
    crate::check(
        DATE,
        &[
            // What is not allowed is no visit; what is said is done.
            ("Iran would not allow IAEA inspectors to visit the bombed sites.", &[("IRNGOV", "1245", "IGOUNOIAEA")]),
            ("Germany said Russian drones attacked a base in Poland.", &[("RUSMIL", "195", "POLGOV")]),
            // Whatever the parser makes of `to` (here the object of a preposition).
            ("The UN urged Haitian gangs to free all hostages.", &[("IGOUNO", "0253", "HTICRM")]),
            // A purpose is not done either (the troops sent are); an attempt, and what one is quick to do, are.
            ("Turkey sent troops to Libya to fight the rebels.", &[("TURGOV", "154", "LBYGOV")]),
            ("Kenya was quick to condemn Ethiopia.", &[("KENGOV", "111", "ETHGOV")]),
        ],
    );
}

#[test]
fn a_relative_clause_ends_the_object() {
    crate::check(
        DATE,
        &[
            // Where the tour goes next is no place of this visit.
            (
                "Wang Yi arrived in Cairo for an official visit, the first leg of a tour that will also take him to Algeria.",
                &[("CHNGOV", "042", "EGY")],
            ),
            // A `that` before a subject opens the verb's object.
            ("Russia warned that Ukraine would face consequences.", &[("RUSGOV", "130", "UKRGOV")]),
        ],
    );
}

#[test]
fn a_compound_after_and_is_no_second_verb() {
    crate::check(
        DATE,
        &[(
            "Cambodian troops opened fire with small arms and rocket-propelled grenades on a Thai outpost.",
            &[("KHMMIL", "193", "THAMIL")],
        )],
    );
}

#[test]
fn an_accusation_after_a_reported_clause_is_the_speaker_s() {
    crate::check(
        DATE,
        &[
            (
                "The ELN said its fighters had acted in self-defense and accused the Colombian army of lying.",
                &[("COLREB", "112", "COLMIL")],
            ),
            // So is an act outside the quote the parser joins it to.
            (
                "Ukrainian President Volodymyr Zelensky wrote that \"our people are home\" and thanked the UAE.",
                &[("UKRGOV", "051", "AREGOV")],
            ),
            // A material act stays with the reported clause's subject.
            (
                "The army said Somali rebels attacked a convoy and killed three Kenyan soldiers.",
                &[("SOMREB", "190", "KENMIL")],
            ),
        ],
    );
}

#[test]
fn a_country_that_names_a_currency_is_no_actor() {
    crate::check(
        DATE,
        &[(
            "China sent humanitarian aid to Gaza worth 100 million yuan (about 14 million U.S. dollars).",
            &[("CHNGOV", "073", "PSE")],
        )],
    );
}

#[test]
fn help_praised_in_a_country_s_name_is_its_government_s() {
    crate::check(
        DATE,
        &[
            ("Jordan praised Kuwait's brotherly and steadfast support.", &[("JORGOV", "051", "KWTGOV")]),
            // A country's economy is the country's.
            ("Oman praised India's dynamic and resilient economy.", &[("OMNGOV", "051", "IND")]),
        ],
    );
}

#[test]
fn a_state_does_not_fight_itself() {
    crate::check(
        "2025-11-20",
        &[(
            "Pakistan and Afghanistan fought their deadliest border clashes in years in October, after explosions in \
             Kabul that the Taliban blamed on Pakistan.",
            &[("PAKMIL", "190", "AFGGOV"), ("AFGGOV", "112", "PAKGOV")],
        )],
    );
}

#[test]
fn an_adverb_between_a_role_and_its_verb_is_no_noun_it_modifies() {
    crate::check(
        DATE,
        &[
            ("The Kenyan government again condemned Israel.", &[("KENGOV", "111", "ISRGOV")]),
            ("The Nigerien army later carried out air strikes on rebel positions.", &[("NERMIL", "195", "NERREB")]),
        ],
    );
}

#[test]
fn talks_a_third_party_hosts_are_its_mediation_between_the_story_s_sides() {
    crate::check(
        DATE,
        &[(
            "Armenia and Azerbaijan agreed to a ceasefire on Saturday. The talks in Moscow were hosted by Russia.",
            &[("ARMGOV", "0871", "AZEGOV"), ("RUSGOV", "045", "ARMGOV"), ("RUSGOV", "045", "AZEGOV")],
        )],
    );
}

#[test]
fn talks_held_in_one_side_s_city_are_its_hosting_the_other() {
    crate::check(
        DATE,
        &[
            (
                "Egypt's foreign minister conferred with his Jordanian counterpart in Amman.",
                &[("JORGOV", "043", "EGYGOV")],
            ),
            // An ambassador met where he serves pays no visit; a country named as a side
            // says nothing of where they met.
            ("Japan's deputy foreign minister met the Vietnamese ambassador in Tokyo.", &[("JPNGOV", "040", "VNMGOV")]),
            (
                "Japan and South Korea held their first security dialogue in seven years.",
                &[("JPNGOV", "040", "KORGOV")],
            ),
        ],
    );
}

#[test]
fn a_country_in_a_bounded_count_of_its_places_is_where() {
    crate::check(
        DATE,
        &[
            (
                "Kenyan farmers blocked highways in at least six of Kenya's 47 counties on Monday.",
                &[("KENCVL", "144", "KENGOV")],
            ),
            (
                "Nigerian protesters blocked roads in more than 20 of Nigeria's 36 states.",
                &[("NGACVL", "144", "NGAGOV")],
            ),
        ],
    );
}

#[test]
fn force_used_on_no_one_named_is_used_on_the_latest_protesters() {
    crate::check(
        DATE,
        &[
            (
                "Thousands of Kenyan protesters blocked highways around Nairobi on Wednesday. Kenyan police \
                 fired tear gas to clear the roads.",
                &[("KENCVL", "144", "KENGOV"), ("KENCOP", "175", "KENCVL")],
            ),
            // With no protest before, force on no one named is no event.
            ("Kenyan police fired tear gas to clear the roads.", &[]),
        ],
    );
}

#[test]
fn weapons_after_with_are_what_an_attack_used() {
    crate::check(
        DATE,
        &[
            (
                "Sudan's army said the Rapid Support Forces attacked the city of Kosti with drones, wounding 12 \
                 Sudanese civilians.",
                &[("SDNREB", "1952", "SDNCVL")],
            ),
            (
                "Russian forces attacked Kharkiv with drones overnight, injuring five Ukrainian civilians.",
                &[("RUSMIL", "1952", "UKRCVL")],
            ),
        ],
    );
}

#[test]
fn an_absolute_phrase_after_the_clause_names_no_target() {
    crate::check(
        DATE,
        &[(
            "Houthi rebels attacked a Saudi border post on Friday. Qatar and Oman condemned the attack on Saturday, \
             with the Qatari Foreign Ministry urging restraint.",
            &[("YEMREB", "190", "SAUMIL"), ("QATGOV", "111", "YEMREB"), ("OMNGOV", "111", "YEMREB")],
        )],
    );
}

#[test]
fn opposition_voiced_is_a_stance_not_the_opposition() {
    crate::check(DATE, &[("Hungary, Slovakia and Greece have voiced opposition to the sanctions package.", &[])]);
}

#[test]
fn the_attackers_are_the_group_named_before_and_the_attack_is_theirs() {
    crate::check(
        DATE,
        &[
            (
                "Boko Haram fighters attacked a Nigerian army base in Borno state on Monday. Nigerian soldiers \
                 repelled the assault and killed 20 of the attackers. Nigeria's government condemned the attack.",
                &[("NGAREB", "190", "NGAMIL"), ("NGAMIL", "190", "NGAREB"), ("NGAGOV", "111", "NGAREB")],
            ),
            (
                "Al-Shabaab militants stormed a hotel in Mogadishu on Friday. Kenyan troops later killed 14 of the \
                 militants near the border.",
                &[("KENMIL", "190", "SOMREB")],
            ),
        ],
    );
}

#[test]
fn fire_and_prisoners_exchanged_go_both_ways() {
    crate::check(
        DATE,
        &[
            (
                "Armenian and Azerbaijani troops exchanged fire near the border on Tuesday.",
                &[("ARMMIL", "193", "AZEMIL"), ("AZEMIL", "193", "ARMMIL")],
            ),
            (
                "Sudan and South Sudan exchanged 40 prisoners on Monday.",
                &[("SDNGOV", "0841", "SSDGOV"), ("SSDGOV", "0841", "SDNGOV")],
            ),
        ],
    );
}

#[test]
fn both_sides_before_any_event_are_the_two_the_sentence_names_together() {
    crate::check(
        DATE,
        &[(
            "Egypt followed the tension along the border between Ethiopia and Eritrea with concern and called on \
             both sides to exercise restraint.",
            &[("EGYGOV", "0256", "ETHGOV"), ("EGYGOV", "0256", "ERIGOV")],
        )],
    );
}

#[test]
fn a_relative_clause_after_the_subject_dates_the_subject_not_the_act() {
    crate::check(
        DATE,
        &[(
            "Turkey, which hosted talks between the two countries in 2022, offered to mediate between Moscow and Kyiv.",
            &[("TURGOV", "039", "RUSGOV"), ("TURGOV", "039", "UKRGOV")],
        )],
    );
}

#[test]
fn a_protest_named_again_is_the_protesters() {
    crate::check(
        DATE,
        &[(
            "Nigerian farmers blocked roads in Abuja on Monday. The Nigerian government criticized the blockades.",
            &[("NGACVL", "144", "NGAGOV"), ("NGAGOV", "111", "NGACVL")],
        )],
    );
}

#[test]
fn one_of_a_seat_abroad_is_its_state_s() {
    crate::check(
        DATE,
        &[
            ("Poland expelled a diplomat of the Belarusian embassy.", &[("POLGOV", "174", "BLRGOV")]),
            (
                "Russia declared two diplomats of the Latvian embassy in Moscow persona non grata.",
                &[("RUSGOV", "174", "LVAGOV")],
            ),
        ],
    );
}

#[test]
fn what_an_actor_called_an_attack_is_the_attack_reported() {
    crate::check(
        DATE,
        &[
            (
                "Al-Shabaab attacked a Kenyan army camp on Monday. The U.S. State Department condemned what it \
                 called a \"cowardly and barbaric attack\" and offered help.",
                &[("SOMREB", "190", "KENMIL"), ("USAGOV", "111", "SOMREB")],
            ),
            // The attack the object names is the target, not those a later clause names.
            (
                "Russian troops attacked Ukrainian positions near Izmail overnight. Romania condemned the attack \
                 as a violation of international law that endangered Romanian citizens.",
                &[("RUSMIL", "190", "UKRMIL"), ("ROUGOV", "111", "RUSMIL")],
            ),
        ],
    );
}

#[test]
fn an_act_dated_months_before_the_news_is_background() {
    crate::check(
        DATE,
        &[
            ("Algeria recalled its ambassador from Madrid in November.", &[]),
            ("Algeria recalled its ambassador from Madrid on Friday.", &[("DZAGOV", "161", "ESPGOV")]),
            // What a relative clause dates is not the act; a reported clause is no
            // relative clause.
            (
                "Nauseda said, however, that Lithuania would not ease sanctions on Belarus or reopen the \
                 checkpoints that it closed in October.",
                &[("LTUGOV", "1244", "BLRGOV")],
            ),
        ],
    );
}

#[test]
fn an_act_a_noun_names_with_its_agent_is_an_act_of_its_own() {
    crate::check(
        DATE,
        &[
            (
                "Algeria denounced the arrest of an Algerian consular official by French police.",
                &[("DZAGOV", "111", "FRACOP"), ("FRACOP", "173", "DZAGOV")],
            ),
            (
                "Saudi Arabia condemned the Houthis' detention of United Nations staff in Sanaa.",
                &[("SAUGOV", "111", "YEMREB"), ("YEMREB", "173", "IGOUNO")],
            ),
            // With no agent, the noun is what the condemnation is about.
            ("Algeria denounced the arrest of an Algerian consular official.", &[]),
        ],
    );
}

#[test]
fn a_release_asked_of_a_state_s_organ_is_asked_of_its_government() {
    crate::check(
        DATE,
        &[(
            "French police arrested an Algerian consular official in Paris on Friday. The Algerian Foreign \
             Ministry demanded the immediate release of the official.",
            &[("FRACOP", "173", "DZAGOV"), ("DZAGOV", "1053", "FRAGOV")],
        )],
    );
}

#[test]
fn aid_that_arrives_is_aid_given_not_a_visit() {
    crate::check(
        DATE,
        &[
            ("A Turkish aid ship arrived in Tripoli on Monday.", &[("TUR", "073", "LBY")]),
            ("Saudi humanitarian aid arrived in Aden on Monday.", &[("SAU", "073", "YEM")]),
            ("The Turkish foreign minister arrived in Tripoli on Monday.", &[("TURGOV", "042", "LBY")]),
            // A national Red Crescent society is its country's aid group.
            (
                "The Kuwait Red Crescent Society delivered food parcels to Syrian refugees in Lebanon.",
                &[("KWTNGO", "073", "SYRREF")],
            ),
        ],
    );
}

#[test]
fn business_people_and_plants_are_business() {
    crate::check(
        DATE,
        &[
            ("Indian police arrested an Indian businessman.", &[("INDCOP", "173", "INDBUS")]),
            ("An Indian court jailed two Indian bank executives.", &[("INDJUD", "173", "INDBUS")]),
        ],
    );
}

#[test]
fn gunmen_are_of_the_armed_group_or_gang_the_story_names() {
    crate::check(
        DATE,
        &[
            (
                "Gunmen attacked a police station in Mirebalais overnight. Police said the Viv Ansanm gang \
                 coalition carried out the raid.",
                &[("HTICRM", "193", "HTICOP")],
            ),
            // Gunmen fire guns: their attack is a fight with small arms (193).
            (
                "Al-Shabaab fighters attacked a Somali army base on Monday. The gunmen killed 12 Somali soldiers.",
                &[("SOMREB", "190", "SOMMIL"), ("SOMREB", "193", "SOMMIL")],
            ),
        ],
    );
}

#[test]
fn an_appeal_is_as_specific_as_the_act_it_asks_for() {
    crate::check(
        DATE,
        &[
            (
                "The European Union urged Georgian authorities to respect the right to peaceful assembly.",
                &[("IGOEUREEC", "0243", "GEOGOV")],
            ),
            (
                "The World Food Programme called on the Sudanese army to allow its trucks safe passage.",
                &[("IGOUNOWFP", "0255", "SDNMIL")],
            ),
            (
                "Qatar appealed to Congolese troops and M23 rebels to halt hostilities.",
                &[("QATGOV", "0256", "CODMIL"), ("QATGOV", "0256", "CODREB")],
            ),
            ("The UN urged the RSF to lift the siege of El Fasher.", &[("IGOUNO", "0256", "SDNREB")]),
            (
                "Turkey urged Russia and Ukraine to refrain from the use of force.",
                &[("TURGOV", "0256", "RUSGOV"), ("TURGOV", "0256", "UKRGOV")],
            ),
        ],
    );
}

#[test]
fn a_state_s_aid_agency_is_its_government() {
    crate::check(
        DATE,
        &[(
            "The Kuwait Fund for Arab Economic Development signed an agreement with the Yemeni government.",
            &[("KWTGOV", "057", "YEMGOV")],
        )],
    );
}

#[test]
fn an_act_in_an_absolute_phrase_is_of_no_one_the_clause_before_names() {
    crate::check(
        DATE,
        &[(
            "Turkey's disaster agency AFAD said the death toll had risen above 9,000, with thousands more killed in \
             neighbouring Syria.",
            &[],
        )],
    );
}

#[test]
fn a_protest_is_as_specific_as_the_reform_it_demands() {
    crate::check(
        DATE,
        &[
            (
                "Thousands of Kenyan students marched through Nairobi to demand the resignation of President Ruto.",
                &[("KENEDU", "1411", "KENGOV"), ("KENEDU", "1041", "KENGOV")],
            ),
            ("Bolivian miners went on strike in La Paz to demand higher wages.", &[("BOL", "143", "BOLGOV")]),
        ],
    );
}

#[test]
fn agreeing_to_act_is_no_accord_of_views() {
    crate::check(
        DATE,
        &[(
            "Japan's foreign minister agreed with South Korea's foreign minister to coordinate closely on North Korea.",
            &[],
        )],
    );
}

#[test]
fn a_hostile_measure_rejected_is_criticized() {
    crate::check(
        DATE,
        &[
            (
                "Cuba's Foreign Ministry rejected the new visa restrictions imposed by the United States.",
                &[("CUBGOV", "111", "USAGOV")],
            ),
            (
                "Russia's foreign minister dismissed the European Union's plans for a new package of sanctions.",
                &[("RUSGOV", "111", "IGOEUREEC")],
            ),
            // A violent protest named again is the protesters'.
            (
                "Peruvian protesters threw stones at police in Lima on Monday. The Peruvian interior minister called \
                 the violence \"unacceptable\".",
                &[("PERCVL", "145", "PERCOP"), ("PERGOV", "111", "PERCVL")],
            ),
        ],
    );
}

#[test]
fn media_that_carry_a_statement_take_no_part_in_it() {
    crate::check(
        DATE,
        &[(
            "Kim Yo Jong warned in a statement carried by the Korean Central News Agency that South Korea would \
             face consequences.",
            &[("PRKGOV", "130", "KORGOV")],
        )],
    );
}

#[test]
fn a_role_of_the_country_referred_to_is_that_country_s() {
    crate::check(
        DATE,
        &[(
            "Malaysia welcomed Myanmar's decision to extend the ceasefire and called on the country's ethnic armed \
             groups to do the same.",
            &[("MYSGOV", "051", "MMR"), ("MYSGOV", "020", "MMRREB")],
        )],
    );
}

#[test]
fn a_statement_that_acts_is_its_author_s() {
    crate::check(
        DATE,
        &[
            (
                "North Korea's foreign ministry denounced Japan's new sanctions on Monday. The statement warned \
                 that Japan would face consequences.",
                &[("PRKGOV", "111", "JPNGOV"), ("PRKGOV", "130", "JPNGOV")],
            ),
            // With no statement before, no one is known to have made it.
            ("The statement warned that Japan would face consequences.", &[]),
        ],
    );
}

#[test]
fn money_and_food_given_are_aid_of_their_kind() {
    crate::check(
        DATE,
        &[
            ("Kuwait shipped 3,000 tonnes of flour to Syria.", &[("KWTGOV", "073", "SYR")]),
            ("Germany will provide 50 million euros to Jordan.", &[("DEUGOV", "0331", "JOR")]),
        ],
    );
}

#[test]
fn cooperation_against_crime_is_judicial() {
    crate::check(
        DATE,
        &[(
            "South Korea agreed with Cambodia to cooperate against transnational crime.",
            &[("KORGOV", "0313", "KHMGOV")],
        )],
    );
}

#[test]
fn aid_deliveries_suspended_are_humanitarian_aid_reduced() {
    crate::check(
        DATE,
        &[(
            "The World Food Programme suspended food deliveries to 300,000 Sudanese civilians in North Darfur.",
            &[("IGOUNOWFP", "1623", "SDNCVL")],
        )],
    );
}

#[test]
fn trade_frozen_is_an_embargo() {
    crate::check(DATE, &[("Algeria froze trade with Madrid.", &[("DZAGOV", "163", "ESPGOV")])]);
}

#[test]
fn negotiators_are_their_governments() {
    crate::check(
        DATE,
        &[(
            "Iranian and US negotiators held a fresh round of indirect talks in Muscat on Saturday.",
            &[("IRNGOV", "046", "USAGOV")],
        )],
    );
}

#[test]
fn a_passive_s_subject_refers_back_to_what_was_condemned() {
    crate::check(
        DATE,
        &[(
            "Russian troops attacked Ukrainian positions on Tuesday. The attack was condemned by the European Union.",
            &[("RUSMIL", "190", "UKRMIL"), ("IGOEUREEC", "111", "RUSMIL")],
        )],
    );
}

#[test]
fn an_accusation_rejected_or_judged_baseless_is_denied() {
    crate::check(
        DATE,
        &[
            // Denied, rejected or refuted, singular or plural: 016 towards the accuser.
            ("Rwanda denied the accusation.", &[]),
            (
                "Kenya accused Uganda of arming the rebels. Uganda rejected the accusation.",
                &[("KENGOV", "112", "UGAGOV"), ("UGAGOV", "016", "KENGOV")],
            ),
            (
                "Poland accused Russia of sabotage. The Russian embassy said the accusations were baseless.",
                &[("POLGOV", "112", "RUSGOV"), ("RUSGOV", "016", "POLGOV")],
            ),
            // A decision judged so is disapproved, whatever came before it.
            (
                "Russia accused Moldova of spying. Moldova called the decision unjustified.",
                &[("RUSGOV", "1125", "MDAGOV"), ("MDAGOV", "111", "RUSGOV")],
            ),
        ],
    );
}

#[test]
fn a_place_opening_the_sentence_is_its_subjects_country() {
    crate::check(
        DATE,
        &[
            (
                "Kyrgyzstan accused Tajik troops of crossing the border. In Dushanbe, the foreign ministry rejected the accusation.",
                &[("KGZGOV", "112", "TJKMIL"), ("TJKGOV", "016", "KGZGOV")],
            ),
            // Only the subject's: the authorities urged are the story's.
            (
                "Tunisian police detained dozens of protesters in Tunis. In Geneva, the UN human rights office urged the authorities to release them.",
                &[("TUNCOP", "173", "TUNCVL"), ("IGOUNO", "0253", "TUNGOV")],
            ),
        ],
    );
}

#[test]
fn a_missile_fired_at_no_one_is_a_show_of_force_where_it_falls() {
    crate::check(
        DATE,
        &[
            // Its weapons are the actor's own; with no one aimed at, where it happens is
            // the country the story is filed from, not the one that fired.
            (
                "SEOUL, March 9 (Yonhap) -- North Korea fired two ballistic missiles into the sea on Saturday.",
                &[("PRKGOV", "150", "KOR")],
            ),
            // Aimed at someone, an attack by air.
            ("Russia fired missiles at Kyiv overnight.", &[("RUSMIL", "195", "UKRGOV")]),
            // A capital that a verb of the lexicon follows acts as its government.
            (
                "TOKYO, March 9 Kyodo - Japan imposed sanctions on North Korea after Pyongyang test-fired a missile.",
                &[("JPNGOV", "163", "PRKGOV"), ("PRKGOV", "150", "JPN")],
            ),
        ],
    );
}

#[test]
fn cooperation_of_a_named_field_is_material_cooperation_of_that_kind() {
    crate::check(
        DATE,
        &[
            // The field before `cooperation` or after it; a readiness announces it (03).
            ("Senegal deepened its security cooperation with Mauritania.", &[("SENGOV", "062", "MRT")]),
            (
                "Sisi said Egypt is willing to expand cooperation with China in trade and investment.",
                &[("EGYGOV", "0311", "CHN")],
            ),
            ("Iran was ready to expand cooperation with Saudi Arabia.", &[("IRNGOV", "032", "SAUGOV")]),
            // Ready to work with another is the intent to cooperate.
            (
                "The ministry said India stands ready to work with the new government in Nepal.",
                &[("INDGOV", "030", "NPLGOV")],
            ),
        ],
    );
}

#[test]
fn aid_pledged_to_no_one_named_goes_where_the_story_happens() {
    crate::check(
        DATE,
        &[
            ("ISLAMABAD (AA) - Japan pledged $5 million in emergency aid on Wednesday.", &[("JPNGOV", "0333", "PAK")]),
            (
                "ISLAMABAD (AA) - Japan pledged $5 million in emergency aid to Bangladesh.",
                &[("JPNGOV", "0333", "BGDGOV")],
            ),
        ],
    );
}

#[test]
fn a_meeting_by_phone_is_a_call() {
    crate::check(
        DATE,
        &[
            (
                "Ukrainian Foreign Minister Andrii Sybiha discussed the attack by phone with German Foreign Minister Johann Wadephul.",
                &[("UKRGOV", "041", "DEUGOV")],
            ),
            (
                "Ukrainian Foreign Minister Andrii Sybiha discussed the attack with German Foreign Minister Johann Wadephul.",
                &[("UKRGOV", "040", "DEUGOV")],
            ),
        ],
    );
}

#[test]
fn relief_on_its_way_is_its_senders_aid() {
    crate::check(
        DATE,
        &[
            (
                "A Kuwaiti relief aircraft carrying 40 tonnes of food landed at El Arish airport in Egypt.",
                &[("KWT", "073", "EGY")],
            ),
            (
                "A convoy of 40 trucks carrying food and tents sent by the Turkish Red Crescent crossed into Syria.",
                &[("TURNGO", "073", "SYR")],
            ),
            // Or what the clause after the verb says it brings.
            ("A Qatari air force plane landed in Karachi on Tuesday with relief goods.", &[("QAT", "073", "PAK")]),
            // The same verbs told of anything else code nothing.
            ("A Kuwaiti delegation landed in Cairo on Tuesday.", &[]),
            ("Kenyan troops crossed into Somalia on Tuesday.", &[]),
            ("The death toll in Pakistan reached 312 on Wednesday.", &[]),
        ],
    );
}

#[test]
fn a_resignation_accedes_to_whoever_last_demanded_one() {
    crate::check(
        DATE,
        &[
            (
                "Bulgarian opposition parties demanded the resignation of the cabinet. Bulgarian Regional Development Minister Radoslav Tanev submitted his resignation on Thursday.",
                &[("BGROPP", "1041", "BGRGOV"), ("BGRGOV", "0831", "BGROPP")],
            ),
            // No one demanded it: no one is acceded to.
            ("Bulgarian Regional Development Minister Radoslav Tanev submitted his resignation on Thursday.", &[]),
            // A refusal judged is disapproved.
            (
                "Germany refused to supply Leopard tanks to Turkey. Erdogan called the refusal incomprehensible.",
                &[("DEUGOV", "1222", "TURGOV"), ("TURGOV", "111", "DEUGOV")],
            ),
        ],
    );
}

#[test]
fn threats_of_a_price_or_a_strike() {
    crate::check(
        DATE,
        &[
            ("North Korea's statement warned that Japan would pay a dear price.", &[("PRKGOV", "130", "JPNGOV")]),
            // A strike warned of challenges the union's own government.
            (
                "Tunisia's UGTT union warned it could call a general strike if the arrests continued.",
                &[("TUNLAB", "133", "TUNGOV")],
            ),
        ],
    );
}

#[test]
fn what_a_relative_clause_tells_of_an_event_noun_is_that_events() {
    crate::check(
        DATE,
        &[
            // Not the condemning state's act: whoever did the attack did it, here no one named.
            ("The United Arab Emirates condemned the attack, which killed two workers.", &[]),
            // The latest attack the story told of (told again, it is the same event).
            (
                "Al-Shabaab militants attacked a police station in Mogadishu. Kenya condemned the attack, which killed two officers.",
                &[("SOMREB", "190", "SOMCOP"), ("KENGOV", "111", "SOMREB")],
            ),
        ],
    );
}

#[test]
fn a_title_with_its_of_before_a_known_name_is_the_persons() {
    crate::check(
        DATE,
        &[
            (
                "Kazakh President Kassym-Jomart Tokayev held talks with President of Uzbekistan Shavkat Mirziyoyev.",
                &[("KAZGOV", "040", "UZBGOV")],
            ),
            // A name of its own before the title keeps the title's country.
            (
                "Saudi Minister of Foreign Affairs Prince Faisal bin Farhan received Indonesian Minister of Foreign Affairs Sugiono.",
                &[("SAUGOV", "043", "IDNGOV")],
            ),
        ],
    );
}

#[test]
fn a_countrys_initials_share_the_role_a_demonym_beside_them_modifies() {
    crate::check(
        DATE,
        &[(
            "South Korean Foreign Minister Cho Hyun held phone talks with his U.S. and Japanese counterparts.",
            &[("KORGOV", "041", "USAGOV"), ("KORGOV", "041", "JPNGOV")],
        )],
    );
}

#[test]
fn a_mediation_that_names_no_party_is_between_the_stories_sides() {
    crate::check(
        DATE,
        &[
            (
                "Armenia and Azerbaijan exchanged 32 detainees on Monday. Kazakhstan provided discreet mediation, officials said.",
                &[
                    ("ARMGOV", "0841", "AZEGOV"),
                    ("AZEGOV", "0841", "ARMGOV"),
                    ("KAZGOV", "045", "ARMGOV"),
                    ("KAZGOV", "045", "AZEGOV"),
                ],
            ),
            (
                "Sudan and South Sudan signed a border accord. Ethiopia mediated the deal.",
                &[("SDNGOV", "057", "SSDGOV"), ("ETHGOV", "045", "SDNGOV"), ("ETHGOV", "045", "SSDGOV")],
            ),
            // A `between` anywhere in the mediation's clause names its parties.
            (
                "Oman succeeded in mediating the release of two sailors between Iran and Britain.",
                &[("OMNGOV", "045", "IRNGOV"), ("OMNGOV", "045", "GBRGOV")],
            ),
            // A country's formal name is the country, whatever the tagger took it for.
            (
                "Brazil condemned the Russian Federation over the strike.",
                &[("BRAGOV", "111", "RUSGOV")],
            ),
        ],
    );
}

#[test]
fn aid_to_no_one_named_goes_where_its_own_clause_happens() {
    crate::check(
        DATE,
        &[
            (
                "MOGADISHU, March 10 (Reuters) - Qatar pledged $5 million in emergency aid to Kenya, while Turkey said it would provide relief supplies.",
                &[("QATGOV", "0333", "KENGOV"), ("TURGOV", "0333", "SOM")],
            ),
        ],
    );
}

#[test]
fn a_pronoun_subject_no_name_resolves_continues_the_latest_actor() {
    crate::check(
        DATE,
        &[
            (
                "Iran's foreign ministry condemned Israel on Monday. It also accused Washington of arming the Israeli army.",
                &[("IRNGOV", "111", "ISRGOV"), ("IRNGOV", "112", "USAGOV")],
            ),
            // Passive, the pronoun is what the act befell, not who did it.
            (
                "Iran's foreign ministry condemned Israel on Monday. It was accused by Washington of arming militias.",
                &[("IRNGOV", "111", "ISRGOV")],
            ),
        ],
    );
}

#[test]
fn the_army_is_never_an_armed_group_named_an_army() {
    crate::check(
        DATE,
        &[(
            "Fighters of the Arakan Army seized a town in Rakhine state, Myanmar, on Monday. The group accused the \
             army of abuses against civilians.",
            &[("MMRREB", "192", "MMRGOV"), ("MMRREB", "1122", "MMRMIL")],
        )],
    );
}

#[test]
fn a_threat_that_names_no_one_is_aimed_at_the_storys_other_side() {
    crate::check(
        DATE,
        &[
            (
                "Lithuania expelled two Belarusian diplomats on Monday. Belarus threatened to respond in kind.",
                &[("LTUGOV", "174", "BLRGOV"), ("BLRGOV", "130", "LTUGOV")],
            ),
            // A story with no two sides yet leaves it uncoded.
            ("Belarus threatened to respond in kind.", &[]),
        ],
    );
}

#[test]
fn a_states_side_is_its_government_and_no_side_alone_is_anyones() {
    crate::check(
        DATE,
        &[
            ("The Indonesian minister asked the Saudi side to speed up visas.", &[("IDNGOV", "020", "SAUGOV")]),
            ("The Azerbaijani side accused Armenian forces of shelling.", &[("AZEGOV", "112", "ARMMIL")]),
            // `the other side`, `each side` name no state: no government of the dateline's.
            ("Qatar urged each side to respect the truce.", &[]),
            (
                "Russian troops attacked Ukrainian positions from the other side of the river.",
                &[("RUSMIL", "190", "UKRMIL")],
            ),
        ],
    );
}

#[test]
fn an_act_a_nations_adjective_names_is_its_governments_whatever_is_done_with_it() {
    crate::check(
        DATE,
        &[
            ("Pakistan dismissed the Indian allegations as baseless.", &[("PAKGOV", "016", "INDGOV")]),
            ("Egypt welcomed the Qatari proposal to extend the truce.", &[("EGYGOV", "051", "QATGOV")]),
            ("Ukraine rejected the Russian proposal for a ceasefire.", &[("UKRGOV", "125", "RUSGOV")]),
            // A nation's help or its people are no act of its government.
            ("Egypt welcomed Qatari investors.", &[("EGYGOV", "051", "QATBUS")]),
        ],
    );
}

#[test]
fn who_asked_for_an_act_is_not_whom_it_is_done_to() {
    crate::check(
        DATE,
        &[
            ("The Arab League held an emergency meeting at Egypt's request on Sunday.", &[]),
            ("The Security Council met at the request of the United States, Britain and France.", &[]),
            // A list that names the parties after `with` is the meeting's.
            (
                "The Arab League held a meeting with Egypt and Jordan on Sunday.",
                &[("IGOARL", "040", "EGYGOV"), ("IGOARL", "040", "JORGOV")],
            ),
        ],
    );
}

#[test]
fn supporters_are_civilians_unless_a_role_before_them_says_whose() {
    crate::check(
        DATE,
        &[
            (
                "LIMA, March 3 (Reuters) - Thousands of supporters of Rafael Quispe marched through Lima on Tuesday.",
                &[("PERCVL", "141", "PERGOV")],
            ),
            (
                "NAIROBI, March 3 (Reuters) - Thousands of opposition supporters marched through Nairobi on Monday.",
                &[("KENOPP", "141", "KENGOV")],
            ),
            (
                "ISLAMABAD, March 3 (Reuters) - Police arrested dozens of his supporters in Lahore.",
                &[("PAKCOP", "173", "PAKCVL")],
            ),
        ],
    );
}

#[test]
fn forces_sent_to_help_another_are_its_military_protection() {
    crate::check(
        DATE,
        &[
            (
                "Nigeria deployed fighter jets and troops to help Benin's government put down an attempted coup.",
                &[("NGAGOV", "074", "BENGOV")],
            ),
            (
                "Rwanda sent 1,000 soldiers to Mozambique to help fight insurgents in Cabo Delgado.",
                &[("RWAGOV", "074", "MOZ")],
            ),
            ("Italy dispatched a frigate to Cyprus to protect the drillship.", &[("ITAGOV", "074", "CYP")]),
            // Sent with no help named, forces are a show of force; sent into another, no move.
            ("Russia sent troops to Belarus on Monday.", &[("RUSGOV", "154", "BLRGOV")]),
            ("Russia sent troops into Ukraine in February 2022.", &[]),
        ],
    );
}

#[test]
fn force_the_police_use_on_protesters_is_repression() {
    crate::check(
        DATE,
        &[
            ("Kenyan police beat demonstrators with batons in Nairobi.", &[("KENCOP", "175", "KENCVL")]),
            // Police force on anyone else keeps its code.
            ("Kenyan police beat a journalist in Nairobi.", &[("KENCOP", "182", "KENMED")]),
        ],
    );
}

#[test]
fn force_used_and_arrests_made_in_one_sentence_are_two_acts() {
    crate::check(
        DATE,
        &[
            (
                "NAIROBI, March 3 (Reuters) - Kenyan police fired tear gas at protesters and detained 30 people in Nairobi.",
                &[("KENCOP", "175", "KENCVL"), ("KENCOP", "173", "KENCVL")],
            ),
            // Two words for one kind of act in one sentence are one event.
            (
                "NAIROBI, March 3 (Reuters) - Kenyan police arrested and detained 30 protesters in Nairobi.",
                &[("KENCOP", "173", "KENCVL")],
            ),
        ],
    );
}

#[test]
fn the_group_is_the_armed_group_the_story_named_last() {
    crate::check(
        DATE,
        &[
            (
                "Al Shabaab militants attacked a Kenyan military camp on Wednesday. Kenyan warplanes struck the group's positions in Somalia hours later.",
                &[("SOMREB", "190", "KENMIL"), ("KENMIL", "195", "SOMREB")],
            ),
            (
                "Al Shabaab militants attacked a Kenyan military camp on Wednesday. Kenyan warplanes struck the group in Somalia hours later.",
                &[("SOMREB", "190", "KENMIL"), ("KENMIL", "195", "SOMREB")],
            ),
        ],
    );
}

#[test]
fn a_relative_clause_with_a_pronoun_subject_acts_on_the_noun_it_follows() {
    crate::check(
        DATE,
        &[
            (
                "Canada imposed sanctions on eight Chinese officials it accused of taking part in the persecution of Uyghurs.",
                &[("CANGOV", "163", "CHNGOV"), ("CANGOV", "1122", "CHNGOV")],
            ),
            (
                "Moldova expelled three Russian diplomats it accused of interfering in its affairs.",
                &[("MDAGOV", "174", "RUSGOV"), ("MDAGOV", "112", "RUSGOV")],
            ),
        ],
    );
}
