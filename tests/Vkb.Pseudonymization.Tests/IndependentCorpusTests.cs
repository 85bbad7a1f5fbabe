using Vkb.Pseudonymization.Scrubbing;
using Xunit.Abstractions;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// Recall per kind and ordinary-word retention on the independent corpus (Corpora/independent, SOURCE.md says who
/// wrote it and how): written by someone who had not read the detectors, with names from another source than
/// the gazetteer. Set VKB_CORPUS_REPORT to a folder to have the tables written there (docs/scrubbing.md quotes them).
/// </summary>
/// <remarks>
/// The targets of issue 16 are 99 % for customers and staff, 97 % for third persons and companies, 100 % for
/// identifiers, dates, addresses and e-mail, and 99 % retention. Where the scrubber does not reach a target yet the
/// bar below is the recall it reaches (rounded down), marked "below target", so that any regression fails while the
/// gap stays visible; raising a bar to its target is the open work, not lowering it.
/// </remarks>
public class IndependentCorpusTests(ITestOutputHelper output)
{
    private const double Target = -1; // marks a bar that is the target itself

    /// <summary>The bars of the default mode (vocabulary) per split: kind → (bar, target).</summary>
    private static readonly Dictionary<string, Dictionary<string, (double Bar, double Target)>> Bars = new()
    {
        // A sixteenth independent split (SOURCE-heldout16.md), written in session 19 by a helper who read no scrubber code:
        // reception visitor books, pension-account clarifications, e-mails quoted with signatures and disclaimers, aptitude
        // scores, street outreach, employer-service vacancy intake, internship evaluations, sworn translations, sign-language
        // relay, rehab discharge reports, apprentices' record books, youth-agency case conferences with action tables, creditor
        // lists and garnishment, sheltered workshops, course comparisons, pasted machine translations, system messages, vCard/XML/
        // JSON leftovers, a Kanban board, cross-border commuters; addresses of Mexico, Guatemala, South Africa, Lesotho, Buryatia,
        // Suriname, the Netherlands, Trinidad, Guyana, Côte d'Ivoire and Luxembourg; names from the writer's own Mexican/Maya,
        // Southern African, Buryat/Kalmyk/Sakha, Surinamese, Ivorian and regional German lists. Held out in session 19: its misses
        // and replaced words were not read. First measurement at 5a4d763 (session 19's start; the scrubber of 77593f4): all 92.7 %,
        // addresses 71.3, companies 78.4, institutions 75.0, customers 97.8, staff 96.4, third persons 99.2, dates 99.6, phones
        // 99.2 %, retention 96.76 %; every other kind 100 %. At session 19's end (after heldout15's work, unread here): institutions
        // 75.4 %, retention 96.83 %, every other kind the same (all 2,269 -> 2,270 of 2,448). Read in session 20 (a development
        // split since; heldout17 is held out in its place): the bars are session 20's end, all 92.7 -> 96.4 %, retention 96.83 %
        // unchanged (docs/scrubbing.md, "… heldout16 read (session 20)").
        ["heldout16"] = new()
        {
            ["address"] = (0.904, 1.00), // below target (71.3 -> 87.9 % read in session 20: a number's letter, a floor's side, a town's prefix, "Am alten …", a street after its town, "-stich"/"-steige"/"-bogen"; addresses abroad left; 90.4 % in session 23's addresses abroad)
            ["birthDate"] = (1.00, Target),
            ["company"] = (0.895, 0.97), // below target (78.4 -> 88.1 % read in session 20: makers named alone, more kinds of business, "X-Reisen"; 89.5 % in session 22's firms)
            ["customerName"] = (1.00, Target), // 97.8 -> 100 % in session 22's initial after a person's token (a surname and initial in a visitor book)
            ["customerNumber"] = (1.00, Target),
            ["date"] = (1.00, Target), // 99.6 -> 100 % read in session 20 (months of other languages)
            ["email"] = (1.00, Target),
            ["householdNumber"] = (1.00, Target),
            ["iban"] = (1.00, Target),
            ["idCard"] = (1.00, Target),
            ["institution"] = (0.919, Target), // no target in issue 16: the bar is the recall measured (90.6 % in session 22's kinds; 75.4 -> 88.6 % read in session 20: counselling services, clubs, schools abroad; 91.9 % in session 23's abbreviations and kinds)
            ["licensePlate"] = (1.00, Target),
            ["pensionNumber"] = (1.00, Target),
            ["phone"] = (1.00, Target), // 99.2 -> 100 % read in session 20 (eleven digits after a country code)
            ["retention"] = (0.979, 0.99), // below target (96.83 %; 96.76 % at the first measurement; not worked on in session 20; 97.94 % in session 21's words of the field, word formation, abbreviations, foreign and dialect words)
            ["staffName"] = (0.988, 0.99), // below target (96.4 -> 98.8 % read in session 20: Slavic elements of given names)
            ["taxId"] = (1.00, Target),
            ["thirdPersonName"] = (0.994, Target), // 99.2 -> 99.5 %
        },
        // A fifteenth independent split (SOURCE-heldout15.md), written in session 18 by a helper who read no scrubber code:
        // forms read aloud over the phone, housing-search logs, chat messages with emoji, GiroCode and transfer slips typed box by
        // box, network maps as text, routing slips and dispositions, scheduling polls, footnotes, cover-letter drafts with
        // corrections, employers' interview feedback, Indian English mails, Roman Urdu, Haitian Creole, Caribbean Spanish, Krio,
        // Afrikaans and Namibian German, Upper Palatinate, Spessart and Wetterau dialect; names from the writer's own Pakistani,
        // Telugu, Haitian, Cuban/Dominican, Sierra Leonean/Liberian, Namibian and regional German lists. Held out in session 18: its
        // misses and replaced words were not read. First measurement at 1faf89e (session 18, before heldout14's work): all 94.6 %,
        // addresses 80.6, companies 89.5, institutions 81.6, dates 99.1, IBAN 95.6, staff 95.0, third persons 97.2 %, retention
        // 97.16 %; at session 18's end (after heldout14's work, unread here): all 95.1 %, addresses 81.9, companies 88.8 (two
        // lost), institutions 84.9, dates 100 %, retention 97.14 % (two words lost); every other kind unchanged. Read in session 19
        // (a development split since; heldout16 is held out in its place): the bars are session 19's end, all 95.1 -> 95.8 %,
        // retention 97.14 -> 97.23 % (docs/scrubbing.md, "… heldout15 read (session 19)").
        ["heldout15"] = new()
        {
            ["address"] = (0.864, 1.00), // below target (81.9 -> 85.8 % read in session 19: streets on "-höhe"/"-wende", a town before the street after a bracket or colon; addresses abroad left; 86.5 % in session 22's addresses abroad)
            ["birthDate"] = (1.00, Target),
            ["company"] = (0.916, 0.97), // below target (89.5 % at the first measurement, 88.8 % at session 18's end; 89.9 % read in session 19: partners before "Partnerschaft"; 90.6 % in session 20's makers; 91.6 % in session 23's trades)
            ["customerName"] = (0.99, Target), // 99.2 %
            ["customerNumber"] = (1.00, Target),
            ["date"] = (1.00, Target), // 99.1 % at the first measurement
            ["email"] = (1.00, Target),
            ["householdNumber"] = (1.00, Target),
            ["iban"] = (1.00, Target), // 95.6 -> 100 % read in session 19 (typed box by box)
            ["idCard"] = (1.00, Target),
            ["institution"] = (0.865, Target), // no target in issue 16: the bar is the recall measured (86.5 % in session 22's kinds; 84.9 -> 86.1 % read in session 19: choirs, clubs, circles of friends)
            ["licensePlate"] = (1.00, Target),
            ["pensionNumber"] = (1.00, Target),
            ["phone"] = (1.00, Target),
            ["retention"] = (0.980, 0.99), // below target (97.14 -> 97.23 % read in session 19: compounds on "-bau", "-bus", "-job", verb stems in "-ern"/"-eln"; 98.02 % in session 21's retention classes)
            ["staffName"] = (0.95, 0.99), // below target (95.0 %)
            ["taxId"] = (1.00, Target),
            ["thirdPersonName"] = (0.97, Target), // 97.2 -> 97.7 % read in session 19 (a given name after a replaced surname)
        },
        // A fourteenth independent split (SOURCE-heldout14.md), written in session 17 by a helper who read no scrubber code:
        // notes typed on a phone without umlauts, family trees as text, references back to earlier notes, accident reports and
        // court rolls, order books and supplier lists of the self-employed, death notices, shift plans, imprints and register
        // extracts, incoming-mail registers, life stories, dialect quotes, Spanish and English messages; names from the writer's
        // own Chinese, Belarusian, Gambian/Guinean, Angolan/Mozambican, Tanzanian, Uzbek/Turkmen, Irish/Scottish Gaelic,
        // Argentine/Uruguayan and regional German lists. Held out in session 17: its misses and replaced words were not read. First
        // measurement at c084937 (session 17, before heldout13's work): all 90.6 %, staff 71.5 %, institutions 67.4 %, retention 96.38 %;
        // at session 17's end (after heldout13's work, unread here): all 92.4 %, staff 92.4 %, institutions 70.6 %, retention 96.51 %.
        // Read in session 18 (a development split since; heldout15 is held out in its place): the bars are session 18's end, all 92.4
        // -> 96.6 %, retention 96.51 -> 96.98 % (docs/scrubbing.md, "… heldout14 read (session 18)").
        ["heldout14"] = new()
        {
            ["address"] = (0.886, 1.00), // below target (75.0 -> 84.5 % read in session 18: streets by less common head words, Low German streets; addresses abroad left; 85.1 % in session 19's streets on "-höhe"/"-wende"; 86.9 % in session 20's address rules; 88.7 % in session 22's addresses abroad)
            ["birthDate"] = (1.00, Target),
            ["company"] = (0.944, 0.97), // below target (94.4 % in session 22's firms; 78.7 -> 92.5 % read in session 18: "Co., Ltd.", partners by "und" and "&", "-erbetrieb", firms written as their address; 93.7 % in session 20's makers)
            ["customerName"] = (0.99, Target), // 100 %
            ["customerNumber"] = (1.00, Target),
            ["date"] = (1.00, Target), // 96.9 -> 100 % read in session 18 (Romance dates, a weekday with its dot before a date)
            ["email"] = (1.00, Target),
            ["householdNumber"] = (1.00, Target),
            ["iban"] = (1.00, Target),
            ["idCard"] = (1.00, Target),
            ["institution"] = (0.899, Target), // no target in issue 16: the bar is the recall measured (89.9 % in session 22's kinds and abbreviations; 70.6 -> 86.2 % read in session 18: "-verein", more kinds, the words around a body)
            ["licensePlate"] = (1.00, Target),
            ["pensionNumber"] = (1.00, Target),
            ["phone"] = (1.00, Target),
            ["retention"] = (0.979, 0.99), // below target (96.51 -> 96.98 % read in session 18: words typed without umlauts; 97.02 % in session 19's compounds; 97.97 % in session 21's retention classes)
            ["staffName"] = (0.988, 0.99), // below target (92.4 -> 95.3 % read in session 18: a given name the vocabulary has, before a surname; 98.8 % in session 22's initials after a surname)
            ["taxId"] = (1.00, Target),
            ["thirdPersonName"] = (0.97, Target), // 99.1 -> 99.5 %
        },
        // A thirteenth independent split (SOURCE-heldout13.md), written in session 16 by a helper who read no scrubber code:
        // handover notes, speech-recognition dictation, letters copied in verbatim, Service-Center tickets and callback lists,
        // checklists, pipe tables, forwarded mail threads, OCR'd scans, several households in one note; names from the
        // writer's own Rwandan/Burundian, Ugandan/Kenyan, Zimbabwean/Zambian, Indonesian, Japanese, Crimean Tatar/Gagauz,
        // North Macedonian, Venezuelan/Colombian and regional German lists. Held out: its misses and replaced words are not
        // read. First measurement at 9f32001 (session 16's start) and again at its end, after heldout12's work: the same
        // in every kind (all 94.2 %, retention 95.69 %). Read in session 17 (a development split since; heldout14 is held out in
        // its place): the bars are session 17's end, all 94.2 -> 96.7 %, retention 95.69 -> 96.46 % (docs/scrubbing.md).
        ["heldout13"] = new()
        {
            ["address"] = (0.939, 1.00), // below target (85.4 %; unchanged in session 17: addresses abroad in their own abbreviations; 93.3 % in session 22's addresses abroad; 93.9 % in session 23's)
            ["birthDate"] = (1.00, Target),
            ["company"] = (0.942, 0.97), // below target (94.2 % in session 22's firms; 90.2 -> 93.9 % read in session 17: a hyphen and "und" in a firm's name, "S.r.l.")
            ["customerName"] = (1.00, Target), // 99.6 -> 100 % read in session 17 (an initial after a blank)
            ["customerNumber"] = (1.00, Target),
            ["date"] = (1.00, Target), // 96.7 -> 99.8 % read in session 17 (dates without a year where no version stands, scanned dates); 100 % in session 21 (a date in a list after a replaced date)
            ["email"] = (1.00, Target), // 98.8 -> 100 % read in session 17 (a blank after the domain's dot)
            ["householdNumber"] = (1.00, Target),
            ["iban"] = (1.00, Target),
            ["idCard"] = (1.00, Target), // 92.9 -> 100 % in session 22 (read: three groups of three and a check digit, "Dokumentennr.", "Passkopie", a check digit before a bracket)
            ["institution"] = (0.870, Target), // no target in issue 16: the bar is the recall measured (72.1 -> 86.6 % read in session 17: more kinds, federal bodies; 87.1 % in session 19's clubs)
            ["licensePlate"] = (1.00, Target), // 97.5 -> 100 % in session 23 (a staff number's letters after a district)
            ["pensionNumber"] = (1.00, Target),
            ["phone"] = (1.00, Target), // 97.3 -> 100 % read in session 17 (dictated in blocks of one word)
            ["retention"] = (0.975, 0.99), // below target (95.69 -> 96.46 % read in session 17: dictated punctuation, words cut short before a dot; 96.51 % in session 19's compounds; 97.52 % in session 21's retention classes)
            ["staffName"] = (0.953, 0.99), // below target (92.8 -> 95.4 % read in session 17: an initial after a blank)
            ["taxId"] = (1.00, Target),
            ["thirdPersonName"] = (0.97, Target), // 99.5 %
        },
        // A twelfth independent split (SOURCE-heldout12.md), written in session 15 by a helper who read no scrubber code:
        // messenger exports with time stamps, voice-message transcripts, spreadsheet pastes, typed-up handwritten forms, minutes
        // of multi-party meetings, question/answer protocols, quoted dialect and Portuguese/French/English messages; gig work,
        // plasma donation, crypto wallets and pawnshops, church asylum, cross-border commuters; names from the writer's own
        // Assyrian, South Sudanese, Tibetan, Burkinabe, Ossetian/Kabardian, Ewe/Fon, Brazilian and regional German lists.
        // Held out in session 15: its misses and replaced words were not read. First measurement at 6e50df2 (session 15's start): all
        // 94.9 %, retention 97.15 %; session 15's end (heldout11's work, unread here): all 95.7 %, retention 97.15 %. Read in session 16
        // (a development split since; heldout13 is held out in its place): the bars are session 16's end, all 97.8 %, retention 97.17 %.
        ["heldout12"] = new()
        {
            ["address"] = (0.973, 1.00), // below target (first 83.2 %, session 15's end 83.2 %; 97.3 % read in session 16: addresses abroad)
            ["birthDate"] = (1.00, Target),
            ["company"] = (0.869, 0.97), // below target (first 86.5 %, session 15's end 86.5 %; 86.9 % in session 22's firms)
            ["customerName"] = (1.00, Target), // 99.6 % before session 16's initials ("Kd. X, M.")
            ["customerNumber"] = (1.00, Target),
            ["date"] = (1.00, Target), // first 99.8 %, session 15's end 99.8 %; 100 % in session 21's dates (a day and month before the sentence's dot)
            ["email"] = (1.00, Target),
            ["householdNumber"] = (1.00, Target),
            ["iban"] = (1.00, Target),
            ["idCard"] = (1.00, Target),
            ["institution"] = (0.947, Target), // no target in issue 16: the bar is the recall measured (first 83.7 %, session 15's end 86.3 %; 94.2 % read in session 16; 94.7 % in session 18's words around a body)
            ["licensePlate"] = (1.00, Target),
            ["pensionNumber"] = (1.00, Target),
            ["phone"] = (1.00, Target),
            ["retention"] = (0.982, 0.99), // below target (first 97.15 %, session 15's end 97.15 %; 97.17 % in session 16; 97.22 % in session 17's words cut short; 97.31 % in session 19's compounds; 98.27 % in session 21's retention classes)
            ["staffName"] = (0.993, 0.99), // first 91.1 %, session 15's end 91.1 %; 99.3 % read in session 16 (a surname and an initial: "Albrecht, T.;")
            ["taxId"] = (1.00, Target),
            ["thirdPersonName"] = (0.97, Target),
        },
        // An eleventh independent split (SOURCE-heldout11.md), written in session 14 by a helper who read no scrubber code:
        // summons and military-service questionnaires, Deutschlandticket and social passes, heating fuel, pets, complaints and
        // petitions, supervisory remarks, bailiffs and garnishment, accidents at work, seasonal work, forms copied with dotted
        // leaders, e-mail addresses dictated ("Punkt", "Klammeraffe"), customer numbers in the German spelling alphabet, Roman
        // months; names from the writer's own Tajik, Volga Tatar/Bashkir, Dagestani, Burmese/Karen, Oromo, Lao,
        // Sardinian/Corsican and Yezidi lists and Westphalian, Huguenot, Black Forest, Hunsrück/Eifel and Rhineland German ones.
        // Held out in session 14: its misses and replaced words were not read. First measurement at 5c6992d (session 14's start):
        // company 83.7, institution 84.1, address 89.9, customerNumber 85.7, email 89.8, licensePlate 87.5, staffName 92.1, phone
        // 97.8, thirdPersonName 96.8, all 94.7 %, retention 98.18 %; session 14's end (heldout10's work, unread here): all 94.8 %,
        // retention 98.42 %. Read since session 15.
        ["heldout11"] = new()
        {
            // Read in session 15 (heldout12 is being written in its place): a development split. The bars are session 15's end,
            // reached by general rules (dictated numbers in blocks and spelling alphabets, dictated e-mail, an e-mail's owner, a plate's
            // kind letter apart, a river in brackets after a town, committees and offices, Germanic name elements, compounds after a
            // given name): all 94.8 -> 97.1 %, retention 98.42 % as before.
            ["address"] = (0.959, 1.00), // below target (first 89.9 %, session 14's end 89.9 %; 91.2 % read in session 15; 91.8 % in session 16's addresses abroad; 92.6 % in session 18's street head words; 95.3 % in session 22's addresses abroad; 95.9 % in session 23's)
            ["birthDate"] = (1.00, Target),
            ["company"] = (0.894, 0.97), // below target (first 83.7 %, session 14's end 84.7 %; 87.4 % read in session 15; 87.9 % in session 17's firms; 89.4 % in session 22's firms)
            ["customerName"] = (0.99, Target),
            ["customerNumber"] = (1.00, Target), // 85.7 -> 100 % read in session 15 (the spelling alphabet, blocks apart by commas)
            ["date"] = (1.00, Target), // first 99.4 %, session 14's end 99.4 %; 100 % in session 21's dates (two spoken ordinals, a range's first date)
            ["email"] = (1.00, Target), // 89.8 -> 100 % read in session 15 ("Klammeraffe", said separators, a blank before the last dot)
            ["householdNumber"] = (1.00, Target),
            ["iban"] = (1.00, Target),
            ["idCard"] = (1.00, Target),
            ["institution"] = (0.941, Target), // no target in issue 16: the bar is the recall measured (first 84.1 %; 93.5 % read in session 15; 94.1 % in session 17's kinds)
            ["licensePlate"] = (1.00, Target), // 87.5 -> 100 % read in session 15 (the kind letter apart)
            ["pensionNumber"] = (1.00, Target),
            ["phone"] = (1.00, Target), // 97.8 -> 100 % read in session 15 (dictated in blocks)
            ["retention"] = (0.99, Target), // first 98.18 %, session 14's end 98.42 %; 98.42 % read in session 15; 98.99 % in session 21's retention classes; 99.01 % in session 22's
            ["staffName"] = (0.945, 0.99), // below target (first 92.1 %, session 14's end 92.1 %; 94.5 % read in session 15)
            ["taxId"] = (1.00, Target),
            ["thirdPersonName"] = (0.984, Target), // first 96.8 %, session 14's end 96.3 %; 97.9 % read in session 15; 98.4 % in session 23 (a saint's given name in "-ius")
        },
        // A tenth independent split (SOURCE-heldout10.md), written in session 13 by a helper who read no scrubber code: pasted
        // out-of-office replies and call-back tickets, data-protection and police requests, maintenance claims, vehicle papers,
        // start-up grants, prison release, incident reports, duplicate records, messages quoted in French and English, visitor
        // lists, hurried typing without blanks, values dictated as words; names from the writer's own Malayali, Punjabi,
        // Sinhalese, Thai, Congolese, Maghreb, Lebanese and Uyghur lists and regional German ones. Held out: its misses and
        // replaced words are not read. First measurement at 6f5141d (session 13's start): company 77.4, institution 83.9,
        // address 92.9, staff 93.9, identity documents 95.9 %, all 95.1 %, retention 97.05 %. The bars are session 13's end
        // (heldout9's work, unread here): company 79.2, institution 85.1, identity documents 100 %, all 95.5 %.
        ["heldout10"] = new()
        {
            ["customerName"] = (0.99, Target), ["birthDate"] = (1.0, Target), ["customerNumber"] = (1.0, Target), ["email"] = (1.0, Target),
            ["householdNumber"] = (1.0, Target), ["iban"] = (1.0, Target), ["idCard"] = (1.0, Target), ["pensionNumber"] = (1.0, Target),
            ["taxId"] = (1.0, Target), ["thirdPersonName"] = (0.97, Target),
            ["date"] = (1.0, Target) /* 99.2 -> 100 % in session 21's dates */, ["licensePlate"] = (1.0, Target), ["phone"] = (0.993, 1.0), ["address"] = (0.941, 1.0), // below target (address 92.8 -> 93.5 % in session 16's addresses abroad, 94.1 % in session 23's; plates 97.8 -> 100 % in session 23)
            ["staffName"] = (0.975, 0.99), // below target (93.9 -> 96.3 % in session 14, read: given names ending in "-hard", "-gard", "-wart" are no compounds; 97.6 % in session 18's given names the vocabulary has)
            ["company"] = (0.932, 0.97), // below target (92.8 -> 93.2 % in session 19's town before a street after a colon; 92.3 -> 92.8 % in session 17's firms; 79.2 -> 80.5 % in session 14, read: a firm's name in quotes after its trade, "Stadtwerken"; 80.5 -> 92.3 %: more trades, a trade's hyphenated modifier, an adjective of the name)
            ["institution"] = (0.954, Target), // no target in issue 16: the bar is the recall measured (85.1 -> 89.7 % in session 14, read: more kinds; 89.7 -> 95.4 %: a name continued by a hyphen)
            ["retention"] = (0.987, 0.99), // below target (97.05 -> 98.64 % in session 14, read: words formed by rule, quoted English and French, abbreviations; 98.76 % in session 21's retention classes)
        },
        // A ninth independent split (SOURCE-heldout9.md), written in session 12 by a helper who read no scrubber code: home-visit and
        // course-provider reports, master-data change logs, pasted bank statements, payslips, rental clauses and CVs, calendar
        // invitations, status histories, learner German, interpreter confirmations, court and customs mail; names from the writer's
        // own Eritrean, Somali, Afghan, Kosovar, Serbian/Bosnian, Bulgarian, Vietnamese, Nigerian, Ghanaian and Kurdish lists.
        // Held out: its misses and replaced words are not read. First measurement at d2b4e28 (session 12's start): institution 59.8,
        // address 83.2, company 85.2, identity documents 90.7, staff 98.3, third persons 98.6 %, all 93.7 %, retention 98.18 %. The
        // bars are session 12's end (heldout7's and heldout8's work, unread here): institution 70.9, address 87.4 %, all 94.9 %. Read
        // since session 13 (heldout10 is held out in its place): a development split.
        ["heldout9"] = new()
        {
            ["customerName"] = (0.99, Target), ["birthDate"] = (1.0, Target), ["customerNumber"] = (1.0, Target), ["date"] = (1.0, Target),
            ["email"] = (1.0, Target), ["householdNumber"] = (1.0, Target), ["iban"] = (1.0, Target), ["licensePlate"] = (1.0, Target),
            ["pensionNumber"] = (1.0, Target), ["phone"] = (1.0, Target), ["taxId"] = (1.0, Target), ["thirdPersonName"] = (0.97, Target),
            ["address"] = (0.898, 1.0), // below target (87.4 -> 88.0 % in session 13, read: "Großer Plan 74, …", the town before the street; 89.2 % in session 22's addresses abroad; 89.8 % in session 23's)
            ["idCard"] = (1.0, Target), // 90.7 -> 100 % in session 13 (read: the check digit after a blank)
            ["staffName"] = (0.988, 0.99), ["company"] = (0.909, 0.97), // below target (85.2 -> 90.0 % in session 13, read: "ApS", "Kft.", "i. L.", "KG" after any words, trades; 91.0 % in session 17's firms; staff 98.3 -> 98.9 % in session 18's given names the vocabulary has)
            // Session 13 read its misses (heldout10 is being written in its place): a development split.
            ["institution"] = (0.979, Target), // no target in issue 16: the bar is the recall measured (70.9 -> 98.0 % in session 13, read: more kinds, dative kinds, adjectives, a court's division, a river after a slash)
            ["retention"] = (0.99, Target), // 98.18 -> 98.25 % in session 13's institutions and companies, read; 98.25 -> 98.82 % in session 14's words formed by rule; 99.16 % in session 21's retention classes
        },
        // An eighth independent split (SOURCE-heldout8.md), written in session 11 by a helper who read no scrubber code: a balanced
        // mix in styles no earlier split used (trainees' notes, portal messages, pasted forms and OCR, SMS and voice messages,
        // spelt-out names and dictated numbers, hearing records, check lists, export lines), names from Faker's Arabic, Persian
        // and Korean locales transliterated by the writer, German names from the writer's own lists. Held out: its misses and
        // replaced words are not read. The bars are its first measurement (b5afe0e, session 11's start), rounded down. Read since
        // session 12 (heldout9 is held out in its place): a development split.
        ["heldout8"] = new()
        {
            ["customerName"] = (0.99, Target), ["birthDate"] = (1.0, Target), ["customerNumber"] = (1.0, Target), ["email"] = (1.0, Target),
            ["householdNumber"] = (1.0, Target), ["iban"] = (1.0, Target), ["pensionNumber"] = (1.0, Target),
            // Session 11's dates, dictated numbers and documents (worked on heldout7's misses; these unread): tax ids 81.3 -> 100,
            // phones 98.5 -> 100, identity documents 84.5 -> 87.9 %, all 92.7 -> 93.1 %.
            ["taxId"] = (1.0, Target), ["phone"] = (1.0, Target),
            // Session 12 read its misses (heldout9 is held out in its place): addresses abroad in parts apart by commas, a postcode after
            // spaces or a dash, streets named by a preposition: address 73.5 -> 97.6 % (session 12, read).
            ["address"] = (0.988, 1.0) /* address 98.8 % in session 22 (read: streets abroad by their street word, the flat and block after them) */, ["date"] = (1.0, Target) /* 97.9 -> 100 % in session 21's dates */, ["idCard"] = (0.982, 1.0) /* 87.9 -> 94.8 % in session 12, read: spelt with hyphens; 98.3 % in session 22 ("Reiseausweis", three groups of three) */, ["licensePlate"] = (1.0, Target) /* 98.2 -> 100 % in session 23 */, // below target
            // Session 12's spelt names and surnames before a given name: customers 99.1 -> 100, staff 96.6 -> 98.3, third persons 95.6 -> 97.2 % (read).
            ["thirdPersonName"] = (0.97, Target),
            ["staffName"] = (0.983, 0.99), ["company"] = (0.910, 0.97), // below target (82.5 -> 86.8 % in session 12, read: "Inh. e.K.", a trade after "& Söhne"; 86.8 -> 90.1 % in session 13, read; 91.0 % in session 18's firms)
            ["institution"] = (0.964, Target), // no target in issue 16: the bar is the recall measured (80.3 -> 95.9 % in session 12, read: "des Landkreises", "für", "in" before the place; more kinds; 96.0 -> 96.5 % in session 13, read)
            ["retention"] = (0.989, 0.99), // below target (98.12 -> 98.55 % in session 14's words formed by rule and loan words; 98.60 % in session 18's words typed without umlauts; 98.62 % in session 19's compounds; 98.99 % in session 21's retention classes)
        },
        // A seventh independent split (SOURCE-heldout7.md), written in session 9 by a helper who read no scrubber code, after the session
        // had started: a balanced mix in styles no earlier split used (case-conference minutes, dictation with numbers and dates in
        // words, translated notes, chat logs, plain-text tables, German-English notes, symbols). Held out until session 11.
        // First measurement at b395efd (session 8's end): institution 33.5, company 76.4, identity documents 16.4, dates 67.3, birth
        // dates 67.9, address 69.4, IBAN 74.2, tax ids 69.0 %, all 78.3 %, retention 95.89 %; at session 9's institutions and companies:
        // institution 70.3, company 77.8 %, all 81.8 %; session 10 (unread): addresses 80.3, IBAN 83.3, identity documents 30.9,
        // plates 85.2, phones 87.0, dates 67.0 %, all 83.3 %, retention 95.96 %.
        // Session 11 read its date, number and document misses (heldout8 is held out in its place): dates 67.0 -> 100, birth dates
        // 67.9 -> 100, tax ids 69.0 -> 100, customer numbers 94.4 -> 100, identity documents 30.9 -> 100, phones 87.0 -> 91.3 %; one
        // institution fewer (149 -> 148: "Bahnhofsmission am <ordinal> <ordinal> <year in words>" was taken whole as an institution
        // at a place before, by chance; the kind alone is not known), so the institution bar is the new figure.
        ["heldout7"] = new()
        {
            ["customerName"] = (0.99, Target), ["pensionNumber"] = (1.0, Target), ["thirdPersonName"] = (0.97, Target),
            ["date"] = (1.0, Target), ["birthDate"] = (1.0, Target), ["taxId"] = (1.0, Target), ["customerNumber"] = (1.0, Target),
            ["idCard"] = (1.0, Target),
            ["householdNumber"] = (1.0, Target), ["phone"] = (1.0, Target), // 75.0 % and 87.0 % before session 11's middle dots and en dashes
            ["address"] = (0.930, 1.0) /* address 93.1 % in session 22 (read: streets abroad by their street word, the flat and block after them) */, ["email"] = (1.0, Target), ["iban"] = (1.0, Target), // address 89.0 % in session 19's streets on "-höhe"/"-wende"; e-mail 98.3 -> 100, IBAN 83.3 -> 100 % in session 12 (read: a said hyphen; " - " between groups, the country apart, groups of five); address 80.3 % before session 11's floor and ";", 83.2 -> 86.7 % in session 12 (read: addresses abroad, "Ringstraße Süd 63 · …", "Bei der Kapelle 7"), 86.7 -> 88.4 % in session 13 (read: the town before the street)
            ["licensePlate"] = (0.981, 1.0), // below target (85.2 -> 94.4 % in session 13, read: "Halteranfrage für" and plates from abroad after it; 98.1 % in session 23: an en dash after the district)
            ["staffName"] = (0.984, 0.99), ["company"] = (0.952, 0.97), // below target (77.8 -> 94.8 % in session 13, read: foreign forms, "i. Gr.", a trade before "Gebr.", more trades; 95.3 % in session 18's firms)
            ["institution"] = (0.905, Target), // no target in issue 16: the bar is the recall measured (90.1 -> 90.6 % in session 17's kinds; 69.8 -> 75.5 % in session 12's area phrases and kinds; 75.5 -> 90.1 % in session 13, read: a court's division after a dash, more kinds)
            ["retention"] = (0.982, 0.99), // below target (98.22 % in session 21's retention classes; 96.29 -> 97.97 % in session 14: quoted English, words formed by rule): 95.93 % since session 9's terms (taken from heldout6's replaced words); 96.10 -> 96.29 % in session 13 (an abstract noun after a joiner ends a place; "Versicherung", "Stromanbieters", "Betrieb" before a firm)
        },
        // A sixth independent split (SOURCE-heldout6.md), written in session 9 by a helper who read no scrubber code, weighted to
        // institutions, companies and addresses. First measurement, with its misses unread, at b395efd (session 8's end): address
        // 51.4, institution 54.4, company 81.9, IBAN 81.0, identity documents 74.5, plates 73.0, birth dates 86.4, dates 94.3, phones
        // 96.2, staff 97.3, third persons 97.7 %, retention 98.26 %; institution 72.2 % with session 9's first institution rules. Its
        // misses are read since (institutions and companies in session 9): it is a development split.
        ["heldout6"] = new()
        {
            ["customerName"] = (1.0, Target), ["email"] = (1.0, Target), ["customerNumber"] = (1.0, Target), ["householdNumber"] = (1.0, Target),
            ["pensionNumber"] = (1.0, Target), ["taxId"] = (1.0, Target),
            ["birthDate"] = (1.0, Target), // since session 9's dates with the month first ("Januar 2, 1963"; 86.4 % before)
            // Session 10 read its address, plate, document, IBAN and phone misses: addresses 61.3 -> 92.2 % (51.4 % before session 9's
            // house-number continuations and "-twete"; the rest: "bei Name" heads the split counts as part of the address, foreign
            // addresses without a postcode), plates 73.0 -> 95.2, identity documents 74.5 -> 100, IBAN 91.7 -> 100, phones 96.2 -> 100 %.
            ["address"] = (0.934, 1.0), // below target (93.4 % in session 23's addresses abroad)
            ["date"] = (1.0, Target), // 98.2 % before session 10's dates without year ("vom 7.6:", "auf 1.3.", "22.12 bis 7.1.")
            ["iban"] = (1.0, Target), ["idCard"] = (1.0, Target), ["phone"] = (1.0, Target),
            ["licensePlate"] = (0.952, 1.0), // below target (dates 94.3 %, IBAN 81.0 % before session 9's month-first dates and dotted IBANs)
            ["staffName"] = (0.973, 0.99), // below target
            ["thirdPersonName"] = (0.97, Target), ["company"] = (0.97, Target), // 81.9 % companies at the first measurement
            ["institution"] = (0.966, Target), // no target in issue 16: the bar is the recall measured
            ["retention"] = (0.99, Target), // 98.26 % at the first measurement; 99.24 % since session 9's terms from its replaced words
        },
        // A fifth independent split (SOURCE-heldout5.md), written in session 8 by a helper who read no scrubber code, weighted to
        // the pattern kinds (addresses, plates, IBAN, phones, identity documents, dates, institutions). First measurement, with its
        // misses unread, at 199bf2d (session 7's end): address 63.8, plates 73.4, identity documents 75.9, institution 60.3, phone 93.7,
        // date 97.0, company 89.7, third persons 94.6, staff 98.0 %, retention 97.58 %; plates 78.7 % with session 8's cued plates.
        // Its misses are read since: it is a development split.
        ["heldout5"] = new()
        {
            ["customerName"] = (1.0, Target), ["birthDate"] = (1.0, Target), ["email"] = (1.0, Target), ["customerNumber"] = (1.0, Target),
            ["householdNumber"] = (1.0, Target), ["pensionNumber"] = (1.0, Target), ["taxId"] = (1.0, Target), ["iban"] = (1.0, Target),
            // Session 8 read its misses: c/o heads, streets abroad and abbreviated streets, postcodes abroad, two-word towns, grouped
            // document numbers after a document word, "+49 (4541)", days before "d.M.", foreign plates after a vehicle word.
            ["address"] = (1.0, Target), ["date"] = (1.0, Target), ["idCard"] = (1.0, Target), ["phone"] = (1.0, Target),
            ["staffName"] = (0.98, 0.99), ["thirdPersonName"] = (0.954, 0.97), ["company"] = (0.948, 0.97), // below target (company 89.7 % before session 9)
            ["licensePlate"] = (0.957, 1.0), // below target: "Gegner BS 130969" (the number detector takes the digits first), plates without a vehicle word
            ["institution"] = (0.978, Target), // no target in issue 16: the bar is the recall measured (60.3 % before session 9's institutions)
            ["retention"] = (0.99, Target), // 97.58 % at the first measurement; 99.10 % after session 8's BA terms from its replaced words
        },
        // A fourth independent split (SOURCE-heldout4.md), measured once on main at the end of session 5 and once at the end of
        // session 6 (after the work on heldout2's and heldout3's misses; its own misses still unread): the bars are the later figures.
        ["heldout4"] = new()
        {
            ["customerName"] = (0.99, Target), ["thirdPersonName"] = (0.97, Target), ["birthDate"] = (1.0, Target), ["email"] = (1.0, Target),
            ["customerNumber"] = (1.0, Target), ["householdNumber"] = (1.0, Target), ["pensionNumber"] = (1.0, Target), ["taxId"] = (1.0, Target),
            // Session 7, measured with its misses unread: the name boundaries kept 133 more ordinary words (retention 97.02 ->
            // 98.16 %) at the cost of one company (244 -> 243 of 272); initials and gendered cues raised staff 94.9 -> 98.0 %;
            // employers by name, more legal forms ("eK", "Sp. z o.o.", "S.R.L.") and trades raised company to 91.5 % and
            // institution 58.4 -> 63.7 %.
            // Session 9 (its misses still unread; heldout5's and heldout6's read): institutions 63.7 -> 85.3 %, companies 91.5 -> 93.4 %.
            ["staffName"] = (0.980, 0.99), ["company"] = (0.933, 0.97), ["address"] = (0.867, 1.0), ["date"] = (0.997, 1.0), // below target (address 71.7 % before session 10; 73.0 -> 84.3 % in session 22's addresses abroad, unread; 86.8 % at session 23's end, unread; dates 99.4 -> 99.8 % in session 21's dates, its misses unread)
            // Session 8 (its misses still unread, heldout5's read): plates 85.4 -> 100 %, identity documents 95.3 -> 100 %, phones 95.8 ->
            // 99.2 %, dates 98.1 -> 99.4 %, addresses 68.6 -> 71.7 %.
            ["phone"] = (0.991, 1.0), // below target
            ["iban"] = (1.0, Target), // 93.8 % before session 9's dotted IBANs, 96.9 % before session 10's groups of three (its misses unread)
            ["licensePlate"] = (1.0, Target), ["idCard"] = (1.0, Target),
            ["institution"] = (0.905, Target), // no target in issue 16: the bar is the recall measured (90.5 % at session 17's end, its misses unread)
            ["retention"] = (0.988, 0.99), // below target: 98.36 % since session 8's BA terms (taken from heldout5's replaced words); 98.56 % at session 17's end (words cut short before a dot; its replaced words unread); 98.86 % after session 21's retention classes (unread)
        },
        ["dev"] = new()
        {
            ["customerName"] = (0.99, Target), ["staffName"] = (0.99, Target), ["thirdPersonName"] = (0.97, Target), ["company"] = (0.97, Target),
            ["address"] = (1.0, Target), ["date"] = (1.0, Target), ["birthDate"] = (1.0, Target), ["email"] = (1.0, Target),
            ["customerNumber"] = (1.0, Target), ["householdNumber"] = (1.0, Target), ["iban"] = (1.0, Target), ["idCard"] = (1.0, Target),
            ["pensionNumber"] = (1.0, Target), ["phone"] = (1.0, Target), ["taxId"] = (1.0, Target),
            ["licensePlate"] = (1.0, Target), // since session 8: a lower-case plate with spaces ("dn xn 7839h") after a vehicle word
            ["retention"] = (0.99, Target),
            ["institution"] = (0.964, Target), // no target in issue 16: the bar is the recall measured (93.1 % before session 9)
        },
        ["heldout"] = new()
        {
            ["customerName"] = (0.99, Target), ["date"] = (1.0, Target), ["birthDate"] = (1.0, Target), ["email"] = (1.0, Target),
            ["customerNumber"] = (1.0, Target), ["householdNumber"] = (1.0, Target), ["idCard"] = (1.0, Target), ["pensionNumber"] = (1.0, Target),
            ["phone"] = (1.0, Target), ["taxId"] = (1.0, Target),
            ["staffName"] = (0.96, 0.99), // below target
            ["thirdPersonName"] = (0.962, 0.97), // below target (96.1 -> 96.3 % in session 17's firms)
            ["company"] = (0.97, Target), // 94.4 % before session 13, 96.0 -> 97.6 % in session 14 ("Lebensmittel" a trade)
            ["address"] = (1.0, Target), ["iban"] = (1.0, Target),
            ["licensePlate"] = (1.0, Target), // 96.3 % before session 8
            ["retention"] = (0.99, Target), // 99.57 % since session 7's name boundaries and terms (96.61 % before)
            ["institution"] = (0.916, Target), // no target in issue 16: the bar is the recall measured (76.0 % before session 9)
        },
        // heldout3: a third held-out split (SOURCE-heldout3.md), written by an independent helper while the pattern and speed work
        // ran, measured once after both were merged (docs/scrubbing.md); every bar is that first measurement, rounded down.
        ["heldout3"] = new()
        {
            // Session 6 fixed the shapes of this split's misses (addresses, dates, identifiers, institutions, note abbreviations):
            // it is a development split since; the bars are its figures after that work, rounded down.
            ["customerNumber"] = (1.0, Target), ["householdNumber"] = (1.0, Target), ["taxId"] = (1.0, Target), ["pensionNumber"] = (1.0, Target),
            ["email"] = (1.0, Target), ["address"] = (1.0, Target), ["birthDate"] = (1.0, Target), ["iban"] = (1.0, Target),
            ["idCard"] = (1.0, Target), ["phone"] = (1.0, Target),
            ["customerName"] = (0.99, Target),
            ["staffName"] = (0.971, 0.99), // below target
            ["thirdPersonName"] = (0.969, 0.97), // below target (96.8 -> 96.9 % in session 17's firms)
            ["company"] = (0.963, 0.97), // below target (75.3 % before session 7's employers, legal forms and trades; 94.4 % before session 9)
            ["date"] = (1.0, Target), // 86.9 % at the one held-out measurement; 99.6 -> 100 % in session 21's dates
            ["licensePlate"] = (1.0, Target), // 85.1 % at the one held-out measurement, 95.7 % before session 8
            ["retention"] = (0.99, Target), // 99.20 % since session 7 (94.5 % at the one held-out measurement)
            ["institution"] = (0.955, Target), // no target in issue 16: the bar is the recall measured (52.4 % at the one held-out measurement, 75.3 % before session 9, 93.5 % before session 12)
        },
        // heldout2: a second held-out split, written by an independent helper after the tuning (SOURCE-heldout2.md), measured
        // once (docs/scrubbing.md); every bar is the recall of that first measurement, rounded down.
        ["heldout2"] = new()
        {
            // Measured once when written (docs/scrubbing.md); its misses were fixed in sessions 4-6, so it is a development split
            // since; the bars are its figures after session 6, rounded down.
            ["customerName"] = (1.0, Target), ["idCard"] = (1.0, Target), ["phone"] = (1.0, Target), ["address"] = (1.0, Target),
            ["birthDate"] = (1.0, Target), ["email"] = (1.0, Target), ["customerNumber"] = (1.0, Target), ["householdNumber"] = (1.0, Target),
            ["iban"] = (1.0, Target), ["pensionNumber"] = (1.0, Target), ["taxId"] = (1.0, Target),
            ["staffName"] = (0.988, 0.99), // below target
            ["thirdPersonName"] = (0.97, Target),
            ["company"] = (0.97, Target), // 99.1 % since session 7 (employers by name, more legal forms and trades; 78.0 % before)
            ["date"] = (1.0, Target), // since session 8 ("Eingangsstempel 1.1."; 99.6 % before)
            ["licensePlate"] = (1.0, Target), // since session 8 ("ul xn 6000", "pa hu 622"; 93.9 % before)
            ["retention"] = (0.99, Target), // 99.13 % since session 7
            ["institution"] = (0.922, Target), // no target in issue 16: the bar is the recall measured (69.6 % before session 9; 92.2 % in session 22's kinds)
        },
        // A seventeenth independent split (SOURCE-heldout17.md), written in session 20 by a helper who read no scrubber code:
        // Word documents with tracked changes and comments, phone message slips, briefing notes for the team lead, role-play
        // transcripts of interview training, photographed flipcharts and facilitation cards, attendance lists, mind maps as
        // text, customers' postcards, company-visit reports, newspaper clippings, participation plans (§ 19 SGB IX),
        // telephone-conference minutes, outbound call campaigns with result codes, the customer's application diary;
        // Alemannic, Low German, Romansh, Mauritian Creole and French sentences; blind customers, forklift courses, pilots,
        // seafarers and skippers, church musicians, Spreewald boatmen, the Lusatian coal phase-out, seasonal work, the
        // volunteer fire brigade; addresses of Brittany, Graubünden, Mauritius, Réunion, the Seychelles, India, Egypt,
        // Québec, Jamaica, Cyprus, the Maldives, Ecuador and Bhutan; names from the writer's own Breton, Romansh, Mauritian/
        // Réunionnais/Seychellois, Marathi/Kannada and Coptic lists. Held out until session 21, when its misses were read
        // (a development split since; docs/scrubbing.md, "heldout17's dates: read (session 21)").
        // First measurement at 9810892 (session 20's start; the scrubber of 2323cad): all 90.9 % (2,249 of 2,473), addresses
        // 84.6, companies 82.8, institutions 63.9, dates 93.1, identity cards 97.4, licence plates 95.1, staff 93.0, third
        // persons 95.0, customers 99.2 %, retention 97.06 %; every other kind 100 %. At session 20's end (after heldout16's
        // work, unread here): all 91.2 % (2,255), addresses 87.5 % (+4), institutions 64.7 % (+2), retention 97.03 % (three
        // words lost); every other kind the same. At session 21's end (retention and dates of the read splits, unread here):
        // retention 97.21 % (+17 words), every kind the same (dates 93.1 %: its 30 lost dates are of other classes). Read in
        // session 21 (its dates): dates 100 % (+30: 27 with the month between hyphens, "11-Jun-25"; 3 in Romansh, "6 da avrigl
        // 2025"), licence plates 97.6 % (+1, a French plate "AB-123-CD"), all 92.4 % (2,286); every other kind and retention
        // the same. Read in session 22 (its institutions, firms and persons; docs/scrubbing.md, "heldout17's institutions, firms and
        // persons: read (session 22)"): institutions 64.7 -> 88.2 %, companies 82.8 -> 92.6 %, staff 93.0 -> 94.7 %, third persons
        // 95.0 -> 97.0 %, customers 99.2 -> 100 %, all 92.4 -> 96.4 % (2,383), retention the same (97.21 %). The bars are these.
        ["heldout17"] = new()
        {
            ["address"] = (0.882, 1.00), // below target (87.5 %; 84.6 % at the first measurement; 88.2 % in session 23's addresses abroad)
            ["birthDate"] = (1.00, Target),
            ["company"] = (0.926, 0.97), // below target (82.8 -> 92.6 % read in session 22: trades of "-erei" crafts, shipyards, furnishing, tours, after "& Partner", a name and a business word by a hyphen)
            ["customerName"] = (1.00, Target), // 99.2 -> 100 % read in session 22 (the letters after an apostrophe, an initial after the surname)
            ["customerNumber"] = (1.00, Target),
            ["date"] = (1.00, Target), // since session 21 (read: the month between hyphens, Romansh; 93.1 % before)
            ["email"] = (1.00, Target),
            ["householdNumber"] = (1.00, Target),
            ["iban"] = (1.00, Target),
            ["idCard"] = (1.00, Target), // 97.4 -> 100 % in session 22 (read: three groups of three and a check digit)
            ["institution"] = (0.903, Target), // no target in issue 16: the bar is the recall measured (64.7 %; 63.9 % at the first measurement; 88.2 % read in session 22: kinds by word formation, adjectives of a body's name, abbreviations before a place, divisions, years of founding; 90.3 % in session 23's)
            ["licensePlate"] = (1.00, Target), // 97.6 -> 100 % in session 23 (a road's number before the plate is no street); 95.1 % before session 21's French plates
            ["pensionNumber"] = (1.00, Target),
            ["phone"] = (1.00, Target),
            ["retention"] = (0.972, 0.99), // below target (97.03 %; 97.06 % at the first measurement; 97.21 % after session 21's retention classes, unread)
            ["staffName"] = (0.946, 0.99), // below target (93.0 -> 94.6 % read in session 22)
            ["taxId"] = (1.00, Target),
            ["thirdPersonName"] = (0.970, Target), // 95.0 -> 97.0 % read in session 22 (given names in "-bold", an initial, an apostrophe)
        },
        // An eighteenth independent split (SOURCE-heldout18.md), written in session 21 by a helper who read no scrubber code:
        // hand-overs from the portal's chatbot, spreadsheet cells with formulas and error values, subtitles of recorded video
        // counselling (SRT timecodes), appointment cards drawn as boxes, receipts and delivery notes, success stories for the
        // staff newsletter, filled-in interview guides, staff-meeting agendas, threat assessments, child-welfare notices
        // (§ 8a SGB VIII), margin notes on printed forms; offshore wind and commercial divers, zoos and farriers, clockmakers,
        // stonemasons, the Altes Land, the Hallertau, professional drivers; Greenlandic, Faroese, Danish, Israeli, Sicilian,
        // Calabrian, Neapolitan, Ladin and Friulian names and addresses in their countries' formats, and German regional
        // names. Held out: its misses and replaced words are not read. First measurement at 9098b66 (session 21's start; the
        // scrubber of 88d7af5): all 91.7 % (2,222 of 2,422), addresses 69.6, companies 78.9, institutions 64.3, identity cards
        // 78.4, IBAN 97.7, staff 97.3, third persons 98.7 %, retention 97.64 %; every other kind 100 %. At session 21's end
        // (retention and dates of the read splits, unread here): all 91.8 % (2,224), companies 79.6 % (+2), retention 97.80 %
        // (+28 words); every other kind the same. The bars are the end's. Read from session 23 (held out through two sessions'
        // measurements): its misses of institutions, firms and persons, grouped by class (docs/scrubbing.md, "heldout18's institutions,
        // firms and persons: read (session 23)"): companies 79.6 -> 88.9 %, institutions 74.7 -> 89.6 %, staff 97.3 -> 97.8 %, third
        // persons 98.7 -> 99.0 %, all 93.0 -> 95.6 %, retention 97.77 % (the same).
        ["heldout18"] = new()
        {
            ["address"] = (0.970, 1.00), // below target (69.6 %; 71.9 % after session 22's addresses abroad, unread; 97.0 % read in session 23: a town's rest, post-office boxes, streets apart)
            ["birthDate"] = (1.00, Target),
            ["company"] = (0.889, 0.97), // below target (79.6 %; 78.9 % at the first measurement; 88.9 % read in session 23: legal forms abroad, trades by word formation)
            ["customerName"] = (1.00, Target),
            ["customerNumber"] = (1.00, Target),
            ["date"] = (1.00, Target),
            ["email"] = (1.00, Target),
            ["householdNumber"] = (1.00, Target),
            ["iban"] = (1.00, Target), // 97.7 -> 100 % read in session 23 (the Faroe Islands' IBAN)
            ["idCard"] = (1.00, Target), // 78.4 %: 8 of 37; 86.5 % after session 22's document shapes, unread; 100 % read in session 23 (groups apart by hyphens, mixed across groups)
            ["institution"] = (0.895, Target), // no target in issue 16: the bar is the recall measured (64.3 %; 74.7 % after session 22's institutions by class, unread; 89.6 % read in session 23: abbreviations, animal parks, adult education, denominations, quoted names, missions abroad)
            ["licensePlate"] = (1.00, Target),
            ["pensionNumber"] = (1.00, Target),
            ["phone"] = (1.00, Target),
            ["retention"] = (0.977, 0.99), // below target (97.80 %; 97.64 % at the first measurement)
            ["staffName"] = (0.978, 0.99), // below target (97.3 %; 97.8 % read in session 23: a saint's given name in "-ius")
            ["taxId"] = (1.00, Target),
            ["thirdPersonName"] = (0.989, Target), // 98.7 -> 98.9 % read in session 23
        },

        // A nineteenth independent split (SOURCE-heldout19.md), written at session 22's start by a helper who read no scrubber
        // code: held out, only its counts read. First measurement (the scrubber of 07f29b1, session 21's end): all 89.3 %
        // (2,099 of 2,350), addresses 78.4, companies 72.4, institutions 66.5, customers 94.6, staff 92.1, third persons 92.7,
        // dates 98.5, identity cards 75.0, plates 79.2 %, retention 97.27 %; every other kind 100 %. At session 22's end (the
        // helpers read heldout17 and the other read splits, never this one): all 90.2 % (2,120), institutions 75.5 % (+19),
        // addresses 79.1 % (+1), companies 72.8 % (+1), retention 97.29 %. At session 23's end: all 92.8 % (2,180), customers
        // 98.2 %, third persons 97.6, addresses 89.9, staff 94.1, institutions 78.3, companies 76.1 %, retention 97.52 %; all of it
        // by the decoding step before the detectors (HTML references, mojibake, quoted-printable), whose class was known from this
        // split's SOURCE file (never from its misses), so it is no independent measurement of that step; the helpers' rules of
        // session 23 (heldout18 read) moved 3 more addresses in detectors mode and cost one word. Read in session 24 (a development
        // split since): all 92.8 -> 97.7 % (2,296), addresses and dates 100 %, companies 91.2, institutions 88.7, staff 99.0, third
        // persons 98.9, customers, identity cards and plates 100 %, retention 97.88 % (HTML tags decoded). The bars are the end's.
        ["heldout19"] = new()
        {
            ["address"] = (1.00, Target), // 78.4 %; 79.1 % at session 22's end; 89.9 % at session 23's (decoding); 100 % read in session 24
            ["birthDate"] = (1.00, Target),
            ["company"] = (0.911, 0.97), // below target (72.4 %; 72.8 % at session 22's end; 76.1 % at session 23's; 91.2 % read in session 24)
            ["customerName"] = (1.00, Target), // 94.6 %; 98.2 % at session 23's end; 100 % read in session 24
            ["customerNumber"] = (1.00, Target),
            ["date"] = (1.00, Target), // 98.5 %; 100 % read in session 24
            ["email"] = (1.00, Target),
            ["householdNumber"] = (1.00, Target),
            ["iban"] = (1.00, Target),
            ["idCard"] = (1.00, Target), // 75.0 %; 100 % with session 24's documents of every country
            ["institution"] = (0.886, Target), // no target in issue 16: the bar is the recall measured (66.5 %; 75.5 % at session 22's end; 78.3 % at session 23's; 88.7 % read in session 24)
            ["licensePlate"] = (1.00, Target), // 79.2 %; 100 % with session 24's plates of four groups
            ["pensionNumber"] = (1.00, Target),
            ["phone"] = (1.00, Target),
            ["retention"] = (0.978, 0.99), // below target (97.27 %; 97.52 % at session 23's end; 97.88 % in session 24)
            ["staffName"] = (0.990, Target), // 92.1 %; 94.1 % at session 23's end; 99.0 % read in session 24
            ["taxId"] = (1.00, Target),
            ["thirdPersonName"] = (0.989, Target), // 92.7 %; 97.6 % at session 23's end; 98.9 % read in session 24
        },

        // A twentieth independent split (SOURCE-heldout20.md), written at session 23's start by a helper who read no scrubber
        // code: memory protocols, properties of uploaded files, access and search logs, hand-overs from the hotline's voice menu,
        // envelopes and address labels, coded text blocks with unfilled placeholders, transcripts with speaker labels, Leichte
        // Sprache, missed-call lists, photo captions, key registers, course waiting lists, local press, health powers of attorney,
        // workplace papers; potash mining, nuclear dismantling, sawmills, spa towns, Baltic ferries; Curaçao, Aruba and Bonaire,
        // Parsi and Mauritanian names and documents, German names of Nordhessen, the Hochrhein, the Zollernalb, Oberschwaben,
        // Mecklenburg and Holstein. Held out: its misses and replaced words are not read. First measurement at f321498 (session 23's
        // start): all 92.0 % (2,268 of 2,465), addresses 84.1, companies 71.2, institutions 82.1, identity cards 69.8, IBAN 88.9,
        // staff 93.9, third persons 95.7, dates 98.9 %, retention 97.29 %; every other kind 100 %. At session 23's end (decoding;
        // heldout18's classes read): all 92.5 % (2,281), IBAN 100 % (+4: the registry's countries), companies 73.6 % (+7),
        // addresses 84.8 % (+1), institutions 82.6 % (+1), retention 97.28 % (-2 words). At session 24's end (still held out; the
        // helpers read heldout19): all 93.7 % (2,309), identity cards 94.3 % (+22: documents of every country), addresses 87.1 (+3),
        // companies 74.6 (+3), institutions 84.1 (+3), staff 95.4 (+3), third persons 96.4 % (+3), retention 97.26 % (-4 words). The bars are the end's.
        ["heldout20"] = new()
        {
            ["address"] = (0.871, 1.00), // below target (84.1 %; 84.8 % at session 23's end; 87.1 % at session 24's)
            ["birthDate"] = (1.00, Target),
            ["company"] = (0.745, 0.97), // below target (71.2 %; 73.6 % at session 23's end; 74.6 % at session 24's)
            ["customerName"] = (1.00, Target),
            ["customerNumber"] = (1.00, Target),
            ["date"] = (0.989, 1.00), // below target (98.9 %)
            ["email"] = (1.00, Target),
            ["householdNumber"] = (1.00, Target),
            ["iban"] = (1.00, Target), // 88.9 % at the first measurement
            ["idCard"] = (0.943, 1.00), // below target (69.8 %; 94.3 % at session 24's end)
            ["institution"] = (0.841, Target), // no target in issue 16: the bar is the recall measured (82.1 %; 82.6 % at session 23's end; 84.1 % at session 24's)
            ["licensePlate"] = (1.00, Target),
            ["pensionNumber"] = (1.00, Target),
            ["phone"] = (1.00, Target),
            ["retention"] = (0.972, 0.99), // below target (97.29 %; 97.28 % at session 23's end)
            ["staffName"] = (0.954, 0.99), // below target (93.9 %; 95.4 % at session 24's end)
            ["taxId"] = (1.00, Target),
            ["thirdPersonName"] = (0.964, 0.97), // below target (95.7 %; 96.4 % at session 24's end)
        },

        // A twenty-first independent split (SOURCE-heldout21.md), written at session 24's start by a helper who read no scrubber
        // code, weighted to firms (371), institutions (233), identity documents (107, 67 of them from abroad), plates (51) and
        // addresses (158): vehicle papers, driving-licence conversions and residence documents, bank-statement lines and
        // garnishments, fax headers and letterheads, family events, registers and checklists; forest glassworks, Erzgebirge folk
        // art, an Allgäu dairy, the Brandenburg refinery and steel works, Lusatian lignite; Kichwa of Otavalo (via Spain), Soninke of
        // Kayes, Bakel and Sélibaby (via Paris), Martinique; German names of Niederbayern, the Erzgebirge and Brandenburg. Held out:
        // its misses and replaced words are not read. First measurement at 048153e (session 24's start): all 92.4 % (2,179 of 2,357),
        // addresses 90.5, companies 82.5, institutions 81.5, identity cards 71.0, plates 94.1, IBAN 97.6, staff 96.2, third persons
        // 96.8 %, retention 97.03 %; every other kind 100 %. With session 24's documents of every country (b5f0ef0): identity cards
        // 86.9 %, all 93.2 %. At session 24's end (the helpers read heldout19): all 93.3 % (2,199), institutions 82.4 % (+2), staff
        // 96.6 % (+1), retention 97.02 % (-1 word); addresses and companies did not move.
        ["heldout21"] = new()
        {
            ["address"] = (0.905, 1.00), // below target (90.5 %)
            ["birthDate"] = (1.00, Target),
            ["company"] = (0.824, 0.97), // below target (82.5 %)
            ["customerName"] = (1.00, Target),
            ["customerNumber"] = (1.00, Target),
            ["date"] = (1.00, Target),
            ["email"] = (1.00, Target),
            ["householdNumber"] = (1.00, Target),
            ["iban"] = (0.975, 1.00), // below target (97.6 %)
            ["idCard"] = (0.869, 1.00), // below target (71.0 %; 86.9 % with session 24's documents of every country)
            ["institution"] = (0.824, Target), // no target in issue 16: the bar is the recall measured (81.5 %; 82.4 % at session 24's end)
            ["licensePlate"] = (0.941, 1.00), // below target (94.1 %)
            ["pensionNumber"] = (1.00, Target),
            ["phone"] = (1.00, Target),
            ["retention"] = (0.970, 0.99), // below target (97.03 %)
            ["staffName"] = (0.965, 0.99), // below target (96.2 %; 96.6 % at session 24's end)
            ["taxId"] = (1.00, Target),
            ["thirdPersonName"] = (0.968, 0.97), // below target (96.8 %)
        },
    };

    [Theory]
    [InlineData("dev")]
    [InlineData("heldout")]
    [InlineData("heldout2")]
    [InlineData("heldout3")]
    [InlineData("heldout4")]
    [InlineData("heldout5")]
    [InlineData("heldout6")]
    [InlineData("heldout7")]
    [InlineData("heldout8")]
    [InlineData("heldout9")]
    [InlineData("heldout10")]
    [InlineData("heldout11")]
    [InlineData("heldout12")]
    [InlineData("heldout13")]
    [InlineData("heldout14")]
    [InlineData("heldout15")]
    [InlineData("heldout16")]
    [InlineData("heldout17")]
    [InlineData("heldout18")]
    [InlineData("heldout19")]
    [InlineData("heldout20")]
    [InlineData("heldout21")]
    [Trait("Rule", "P2")]
    public void DefaultScrubber_OnTheIndependentCorpus_ReachesItsBars(string split)
    {
        var result = Measure(split, ScrubMode.Vocabulary);
        foreach (var (kind, (bar, target)) in Bars.GetValueOrDefault(split, []))
        {
            var reached = kind == "retention" ? result.Retention : result.Recall(kind);
            var note = target == Target ? "target" : $"below the target of {target:P0}";
            reached.ShouldBeGreaterThanOrEqualTo(bar, $"{split} {kind}: bar {bar:P1} ({note})");
        }
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("heldout")]
    [InlineData("heldout2")]
    [InlineData("heldout3")]
    [InlineData("heldout4")]
    [InlineData("heldout5")]
    [InlineData("heldout6")]
    [InlineData("heldout7")]
    [InlineData("heldout8")]
    [InlineData("heldout9")]
    [InlineData("heldout10")]
    [InlineData("heldout11")]
    [InlineData("heldout12")]
    [InlineData("heldout13")]
    [InlineData("heldout14")]
    [InlineData("heldout15")]
    [InlineData("heldout16")]
    [InlineData("heldout17")]
    [InlineData("heldout18")]
    [InlineData("heldout19")]
    [InlineData("heldout20")]
    [InlineData("heldout21")]
    [Trait("Rule", "P2")]
    public void DetectorsMode_OnTheIndependentCorpus_KeepsItsRecallAndRetention(string split)
    {
        // The mode without the vocabulary: measured for comparison (docs/scrubbing.md); it keeps more words and finds fewer names.
        var result = Measure(split, ScrubMode.Detectors);
        var (customers, thirdPersons, retention) = split switch
        {
            "dev" => (0.99, 0.89, 0.999), // retention 99.94 % since session 7's name boundaries
            "heldout" => (0.99, 0.86, 0.995),
            "heldout21" => (0.99, 0.595, 0.986), // first measurement (session 24's start, held out): 100 %, 59.5 %, 98.60 %
            "heldout20" => (0.99, 0.477, 0.988), // first measurement (session 23's start, held out): 100 %, 47.8 %, 98.85 %; 98.83 % retention at its end
            "heldout19" => (0.986, 0.524, 0.990), // first measurement (session 22's start, held out): 93.3 %, 48.4 %, 98.78 %; 96.9 %, 51.9 %, 98.80 % at session 23's end (decoding); 98.7 %, 52.4 %, 99.10 % read in session 24
            "heldout18" => (0.99, 0.449, 0.988), // first measurement (session 21's start, held out): 100 %, 44.9 %, 98.86 %; 98.87 % retention at its end
            "heldout17" => (0.99, 0.501, 0.980), // 50.1 % third persons read in session 22 // first measurement (session 20's start, held out): 99.2 %, 49.1 %, 98.10 %; 98.06 % retention at its end; the same after its dates were read in session 21
            "heldout2" => (0.98, 0.80, 0.993), // first measurement: 98.1 %, 80.7 %, 97.72 %; 99.34 % retention in session 21
            "heldout3" => (0.96, 0.769, 0.993), // first measurement: 96.0 %, 71.0 %, 97.22 %; 76.9 % third persons in session 19 (a given name after a replaced surname)
            "heldout5" => (0.99, 0.758, 0.991), // first measurement (session 8): 100 %, 71.3 %, 99.13 %; 75.0 % after its misses were read; 75.8 % in session 19
            "heldout6" => (0.99, 0.688, 0.986), // first measurement (session 9): 100 %, 64.9 %, 98.76 %; 98.68 % retention after session 9's companies; 68.9 % third persons in session 19
            "heldout8" => (0.99, 0.609, 0.990), // 99.09 % retention in session 21 // first measurement (session 11, held out): 99.1 %, 55.0 %, 98.98 %; 58.4 % third persons after session 12 (read); 59.7 % in session 18; 61.0 % in session 19
            "heldout16" => (0.99, 0.531, 0.984), // 100 % customers in session 22 // first measurement (session 19's start, held out): 97.8 %, 53.1 %, 98.40 %; the same at its end and read in session 20
            "heldout15" => (0.99, 0.559, 0.983), // first measurement (session 18, held out): 99.2 %, 51.7 %, 98.37 %; 99.2 %, 51.7 %, 98.35 % at the session's end; read in session 19: 99.2 %, 56.0 %, 98.35 %
            "heldout14" => (0.99, 0.565, 0.983), // first measurement (session 17, held out): 100 %, 56.3 %, 98.38 % at the session's start and end (staff 45.9 -> 57.0 %); read in session 18: 100 %, 56.3 %, 98.36 %; 56.5 % third persons in session 19
            "heldout13" => (0.983, 0.497, 0.980), // first measurement (session 16, held out): 97.9 %, 49.5 %, 97.87 % at the session's start and end; 98.4 %, 49.5 %, 98.05 % read in session 17; 49.7 % third persons in session 18
            "heldout12" => (0.999, 0.591, 0.986), // 98.65 % retention in session 21 // first measurement (session 15, held out): 99.6 %, 58.9 %, 98.57 % at the session's start and end; 100 %, 58.9 %, 98.59 % read in session 16; 59.1 % third persons in session 18
            "heldout11" => (0.987, 0.621, 0.992), // first measurement (session 14, held out): 98.7 %, 58.9 %, 99.22 % at the session's end; 61.1 % third persons read in session 15 (an e-mail's owner); 61.6 % third persons in session 18; 62.1 % in session 19
            "heldout10" => (0.99, 0.605, 0.990), // first measurement (session 13, held out): 99.3 %, 55.9 %, 98.52 %; the same at its end; 56.1 %, 99.08 % in session 14 (read); 59.8 % third persons in session 18; 60.6 % in session 19
            "heldout9" => (0.99, 0.683, 0.994), // 99.43 % retention in session 21 // first measurement (session 12, held out): 100 %, 67.6 %, 99.28 %; 99.30 % retention at the session's end; 68.3 % third persons in session 18
            "heldout7" => (0.99, 0.532, 0.982), // first measurement (session 9, held out): 100 %, 50.8 %, 97.31 %; 97.25 % after its companies; 98.24 % in session 14; 53.2 % third persons in session 19
            _ => (0.99, 0.735, 0.989), // heldout4, first measurement: 100 %, 73.5 %, 97.94 %; retention 98.84 % since session 7; 98.96 % in session 21
        };
        result.Recall("customerName").ShouldBeGreaterThanOrEqualTo(customers);
        result.Recall("thirdPersonName").ShouldBeGreaterThanOrEqualTo(thirdPersons);
        result.Retention.ShouldBeGreaterThanOrEqualTo(retention);
    }

    private CorpusEvaluation.Result Measure(string split, ScrubMode mode)
    {
        var result = CorpusEvaluation.Run(split, new TextScrubber(null, mode));
        var table = result.Table($"{split}, {mode}");
        output.WriteLine(table);
        if (Environment.GetEnvironmentVariable("VKB_CORPUS_REPORT") is { Length: > 0 } folder)
        {
            // The misses, the replaced ordinary words and their example notes are written only on request
            // (VKB_CORPUS_MISSES=all): reading any of them turns a held-out split into a development split.
            var open = split == "dev" || Environment.GetEnvironmentVariable("VKB_CORPUS_MISSES") == "all";
            File.WriteAllText(Path.Combine(folder, $"corpus-{split}-{mode}.md"), table);
            if (open)
            {
                File.WriteAllText(Path.Combine(folder, $"corpus-{split}-{mode}-replaced-words.txt"),
                    string.Join("\n", result.ReplacedWords.OrderByDescending(w => w.Value).Select(w => $"{w.Value}\t{w.Key}\t{result.Examples[w.Key]}")));
                File.WriteAllText(Path.Combine(folder, $"corpus-{split}-{mode}-misses.txt"), string.Join("\n", result.Misses));
            }
        }

        return result;
    }
}
