#!/usr/bin/env python3
"""Synthetic treaty-negotiation records for the Travaux benchmark.

    python3 Benchmarks/generate.py --pages N --out DIR [--hugo DIR2] [--raw DIR3] [--seed S]

writes DIR/content/ in the Travaux content format (docs/design.md, *Content*):

    site.yml, sessions.yml, stakeholders/<id>.md, drafts/<id>.md, positions/<id>.md

and DIR/manifest.json (counts, words, bytes; outside content/ so Travaux never reads it).
With --hugo it also writes the same Markdown bodies as a plain Hugo site, and with --raw
the bodies alone (DIR3/<section>--<id>.md) for the cmark-gfm run.

Standard library only and deterministic: every random choice comes from random.Random
seeded with a string (hashed with SHA-512, independent of PYTHONHASHSEED), no clock is
read, no set is iterated, so the same arguments give byte-identical files.

Everything is fictional: states, organisations and their positions are invented (the
article titles follow the structure of the UN cybercrime negotiation so that the text
reads like the real thing).
"""

import argparse
import datetime
import json
import math
import os
import random
import re
import shutil
import sys

import languages

GENERATOR_VERSION = 1
DEFAULT_SEED = "travaux-benchmark-1"
LIST_PAGES = 5  # home, /drafts/, /positions/, /stakeholders/, /sessions/

# ---------------------------------------------------------------------------
# Plan: how many of each kind for N pages
# ---------------------------------------------------------------------------


def plan(pages):
    """Split a page count into sessions, drafts, stakeholders and positions (the bulk)."""
    scale = max(pages, 20) / 100.0
    sessions = max(3, round(4 * scale ** 0.3))  # 100: 4, 1000: 8, 10000: 16
    drafts = max(2, round(3 * scale ** 0.2))  # 100: 3, 1000: 5, 10000: 8
    stakeholders = max(10, round(pages * 0.04))  # 100: 10, 1000: 40, 10000: 400
    positions = pages - sessions - drafts - stakeholders - LIST_PAGES
    if positions < 5:
        raise SystemExit(f"generate.py: --pages {pages} is too small (at least 30)")
    return {"sessions": sessions, "drafts": drafts, "stakeholders": stakeholders, "positions": positions}


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n, lower=False):
    out = ""
    for value, letters in ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out.lower() if lower else out


LETTERS = "abcdefghijklmnopqrstuvwxyz"
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth"]
MULTIPLES = ["bis", "ter", "quater", "quinquies", "sexies"]


def ordinal(n):
    return ORDINALS[n - 1] if n <= len(ORDINALS) else f"{n}th"


def yaml_str(text):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def slug(text):
    out = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return re.sub(r"-{2,}", "-", out)


def cap(text):
    return text[:1].upper() + text[1:]


def join_and(items, conj="and"):
    items = list(items)
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


def words(text):
    return len(text.split())


def iso(d):
    return d.isoformat()


def add_days(d, n):
    return d + datetime.timedelta(days=n)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def long_date(d):
    """'5 November 2023', independent of the locale."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


# ---------------------------------------------------------------------------
# The instrument: chapters and provisions (titles modelled on the UN negotiation)
# ---------------------------------------------------------------------------

CHAPTERS = [
    ("general", "General provisions"),
    ("crim", "Criminalization"),
    ("juris", "Jurisdiction"),
    ("proc", "Procedural measures and law enforcement"),
    ("coop", "International cooperation"),
    ("prev", "Preventive measures"),
    ("ta", "Technical assistance and information exchange"),
    ("mech", "Mechanism of implementation"),
    ("final", "Final provisions"),
]
CHAPTER_TITLE = dict(CHAPTERS)

# (chapter, title, role) -- role: "base" present throughout, "late" introduced by a later
# draft (first as a "bis" article, renumbered in the next one), "contested" present in
# the early drafts and dropped later.
PROVISIONS = [
    ("general", "Statement of purpose", "base"),
    ("general", "Use of terms", "base"),
    ("general", "Scope of application", "base"),
    ("general", "Protection of sovereignty", "late"),
    ("general", "Respect for human rights", "late"),
    ("crim", "Illegal access", "base"),
    ("crim", "Illegal interception", "base"),
    ("crim", "Interference with electronic data", "base"),
    ("crim", "Interference with an information and communications technology system", "base"),
    ("crim", "Misuse of devices", "base"),
    ("crim", "Information and communications technology-related forgery", "base"),
    ("crim", "Information and communications technology-related theft or fraud", "base"),
    ("crim", "Offences related to online child sexual abuse or child sexual exploitation material", "base"),
    ("crim", "Solicitation or grooming for the purpose of committing a sexual offence against a child", "base"),
    ("crim", "Non-consensual dissemination of intimate images", "late"),
    ("crim", "Incitement to subversive or armed activities", "contested"),
    ("crim", "Extremism-related offences", "contested"),
    ("crim", "Terrorism-related offences", "contested"),
    ("crim", "Offences related to the distribution of narcotic drugs", "contested"),
    ("crim", "Infringement of copyright and related rights", "contested"),
    ("crim", "Laundering of proceeds of crime", "base"),
    ("crim", "Liability of legal persons", "base"),
    ("crim", "Participation and attempt", "base"),
    ("crim", "Statute of limitations", "late"),
    ("crim", "Prosecution, adjudication and sanctions", "base"),
    ("juris", "Jurisdiction", "base"),
    ("proc", "Scope of procedural measures", "base"),
    ("proc", "Conditions and safeguards", "base"),
    ("proc", "Expedited preservation of stored electronic data", "base"),
    ("proc", "Expedited preservation and partial disclosure of traffic data", "base"),
    ("proc", "Production order", "base"),
    ("proc", "Search and seizure of stored electronic data", "base"),
    ("proc", "Real-time collection of traffic data", "base"),
    ("proc", "Interception of content data", "base"),
    ("proc", "Freezing, seizure and confiscation of the proceeds of crime", "base"),
    ("proc", "Establishment of criminal record", "base"),
    ("proc", "Protection of witnesses", "base"),
    ("proc", "Assistance to and protection of victims", "base"),
    ("coop", "General principles of international cooperation", "base"),
    ("coop", "Protection of personal data", "late"),
    ("coop", "Extradition", "base"),
    ("coop", "Transfer of sentenced persons", "base"),
    ("coop", "Transfer of criminal proceedings", "late"),
    ("coop", "General principles and procedures relating to mutual legal assistance", "base"),
    ("coop", "Emergency mutual legal assistance", "contested"),
    ("coop", "24/7 network", "base"),
    ("coop", "International cooperation for the purpose of expedited preservation of stored electronic data", "base"),
    ("coop", "International cooperation for the purpose of expedited disclosure of preserved traffic data", "base"),
    ("coop", "Mutual legal assistance in accessing stored electronic data", "base"),
    ("coop", "Mutual legal assistance in the real-time collection of traffic data", "base"),
    ("coop", "Mutual legal assistance in the interception of content data", "base"),
    ("coop", "Law enforcement cooperation", "base"),
    ("coop", "Joint investigations", "base"),
    ("coop", "Mechanisms for the recovery of property through international cooperation in confiscation", "base"),
    ("coop", "International cooperation for purposes of confiscation", "base"),
    ("coop", "Special cooperation", "base"),
    ("coop", "Return and disposal of confiscated proceeds of crime or property", "base"),
    ("prev", "Preventive measures", "base"),
    ("ta", "Technical assistance and capacity-building", "base"),
    ("ta", "Exchange of information", "base"),
    ("ta", "Implementation of the Convention through economic development and technical assistance", "base"),
    ("mech", "Conference of the States Parties to the Convention", "base"),
    ("mech", "Secretariat", "base"),
    ("final", "Implementation of the Convention", "base"),
    ("final", "Effects of the Convention", "base"),
    ("final", "Relation with protocols", "base"),
    ("final", "Adoption of supplementary protocols", "contested"),
    ("final", "Settlement of disputes", "base"),
    ("final", "Signature, ratification, acceptance, approval and accession", "base"),
    ("final", "Entry into force", "base"),
    ("final", "Amendment", "base"),
    ("final", "Denunciation", "base"),
    ("final", "Depositary and languages", "base"),
]

# ---------------------------------------------------------------------------
# Vocabulary of the treaty text
# ---------------------------------------------------------------------------

ICT = "information and communications technology system"
QUALIFIERS = [
    "in accordance with its domestic law",
    "consistent with its obligations under international human rights law",
    "to the extent consistent with the fundamental principles of its legal system",
    "within the limits of its domestic legal framework",
    "where appropriate and in accordance with its domestic law",
    "without undue delay",
    "on the basis of reciprocity",
    "in conformity with the principles of sovereign equality and territorial integrity of States",
    "in a manner that ensures the protection of personal data",
    "to the greatest extent possible under its domestic law",
    "subject to the conditions and safeguards provided for in article {conditions-and-safeguards} of this Convention",
    "in accordance with the provisions of this chapter",
    "subject to the requirements of its domestic law and relevant international instruments",
]
CRIM_ACTS = [
    f"the access to the whole or any part of an {ICT} without right",
    "the interception, made by technical means, of non-public transmissions of electronic data to, from or within an " + ICT,
    "the damaging, deletion, deterioration, alteration or suppression of electronic data without right",
    f"the serious hindering of the functioning of an {ICT} by inputting, transmitting, damaging, deleting, deteriorating, altering or suppressing electronic data",
    "the production, sale, procurement for use, import, distribution or otherwise making available of a device, including a program, designed or adapted primarily for the purpose of committing any of the offences established in accordance with this chapter",
    "the input, alteration, deletion or suppression of electronic data resulting in inauthentic data with the intent that it be considered or acted upon for legal purposes as if it were authentic",
    "the causing of a loss of property to another person by any input, alteration, deletion or suppression of electronic data, with the fraudulent or dishonest intent of procuring an economic benefit",
    "the producing, offering, selling, distributing, transmitting, broadcasting, displaying, publishing or otherwise making available of child sexual abuse or child sexual exploitation material through an " + ICT,
    f"the act of intentionally communicating, soliciting, grooming or making any arrangement through an {ICT} for the purpose of committing a sexual offence against a child",
    f"the selling, distributing, transmitting, publishing or otherwise making available of an intimate image of a person by means of an {ICT}, without the consent of the person depicted",
    "the conversion or transfer of property, knowing that such property is the proceeds of crime, for the purpose of concealing or disguising the illicit origin of the property",
    "the concealment or disguise of the true nature, source, location, disposition, movement or ownership of or rights with respect to property, knowing that such property is the proceeds of crime",
]
CRIM_CONDS = [
    "by infringing security measures",
    "with the intent of obtaining electronic data or other dishonest or criminal intent",
    f"in relation to an {ICT} that is connected to another {ICT}",
    "with intent to defraud, or similar dishonest intent",
    "in a manner that results in serious harm",
    "with the intent to cause harm to the person depicted",
    "knowingly and wilfully",
]
PROC_POWERS = [
    f"search or similarly access an {ICT} or part of it and electronic data stored therein",
    "order a person in its territory to submit specified electronic data in that person's possession or control",
    "order a service provider offering its services in the territory of the State Party to submit subscriber information relating to such services",
    "collect or record, through the application of technical means in its territory, traffic data in real time associated with specified communications",
    "order or similarly obtain the expeditious preservation of specified electronic data, including traffic data, that has been stored by means of an " + ICT,
    "seize or similarly secure an " + ICT + " or part of it or an electronic data storage medium",
    "render inaccessible or remove electronic data in the accessed " + ICT,
    "maintain the integrity of the relevant stored electronic data",
    "identify, trace, freeze or seize any item referred to in this article for the purpose of eventual confiscation",
]
PROC_POINTS = [
    "the nature of the offence and the gravity of the harm caused",
    "the judicial or other independent review of the measure",
    "the grounds justifying application of the power or procedure",
    "the limitation of the scope and the duration of such power or procedure",
    "the rights, responsibilities and legitimate interests of third parties",
    "the need to ensure that the measure is necessary and proportionate",
    "the right to an effective remedy",
    "the protection of confidential communications between lawyers and their clients",
    "the impact of the powers and procedures on the rights of persons who are not the subject of the investigation",
    "the obligation to notify the person concerned once such notification no longer jeopardizes the investigation",
]
COOP_KINDS = [
    "mutual legal assistance", "cooperation", "assistance", "law enforcement cooperation",
    "cooperation for the purposes of confiscation",
]
COOP_SCOPES = [
    "investigations, prosecutions and judicial proceedings in relation to the offences established in accordance with this Convention",
    "the collecting of evidence in electronic form of any serious crime",
    "the identification, tracing and recovery of the proceeds of crime",
    "the provision of electronic evidence held by service providers located in its territory",
    "the exchange of information on the modus operandi of offenders",
    "the location of persons suspected of involvement in such offences",
]
REFUSAL_GROUNDS = [
    "the request is not made in conformity with the provisions of this article",
    "the requested State Party considers that execution of the request is likely to prejudice its sovereignty, security, ordre public or other essential interests",
    "the authorities of the requested State Party would be prohibited by its domestic law from carrying out the action requested with regard to any similar offence",
    "it would be contrary to the legal system of the requested State Party relating to mutual legal assistance for the request to be granted",
    "there are substantial grounds for believing that the request has been made for the purpose of prosecuting or punishing a person on account of that person's sex, race, language, religion, nationality, ethnic origin or political opinions",
    "compliance with the request would cause prejudice to that person's position for any one of those reasons",
]
GENERAL_AIMS = [
    "promote and strengthen measures to prevent and combat cybercrime more efficiently and effectively",
    "promote, facilitate and strengthen international cooperation in preventing and combating cybercrime",
    "promote, facilitate and support technical assistance and capacity-building to prevent and combat cybercrime, in particular for the benefit of developing countries",
    "ensure that the measures taken under this Convention are consistent with the obligations of States Parties under international human rights law",
    "protect society against cybercrime, including by adopting appropriate legislation and fostering international cooperation",
]
TERMS = [
    ("Information and communications technology system", "any device or group of interconnected or related devices, one or more of which, pursuant to a program, gathers, stores and performs automatic processing of electronic data"),
    ("Electronic data", "any representation of facts, information or concepts in a form suitable for processing in an information and communications technology system, including a program suitable to cause such a system to perform a function"),
    ("Traffic data", "any electronic data relating to a communication by means of an information and communications technology system, generated by the system, indicating the communication's origin, destination, route, time, date, size, duration or type of underlying service"),
    ("Content data", "any electronic data, other than subscriber information or traffic data, relating to the substance of the data transmitted by an information and communications technology system"),
    ("Service provider", "any public or private entity that provides to users of its service the ability to communicate by means of an information and communications technology system, or processes or stores electronic data on behalf of such a communication service or users of such a service"),
    ("Subscriber information", "any information held by a service provider relating to subscribers to its services, other than traffic or content data, by which can be established the type of communication service used, the subscriber's identity, postal or geographical address and telephone number"),
    ("Personal data", "any information relating to an identified or identifiable natural person"),
    ("Serious crime", "conduct constituting an offence punishable by a maximum deprivation of liberty of at least four years or a more serious penalty"),
    ("Property", "assets of every kind, whether corporeal or incorporeal, movable or immovable, tangible or intangible, including virtual assets, and legal documents or instruments evidencing title to or interest in such assets"),
    ("Proceeds of crime", "any property derived from or obtained, directly or indirectly, through the commission of an offence"),
    ("Freezing or seizure", "temporarily prohibiting the transfer, conversion, disposition or movement of property or temporarily assuming custody or control of property on the basis of an order issued by a court or other competent authority"),
    ("Child", "any person under the age of eighteen years"),
]
PREV_POINTS = [
    "strengthening cooperation between law enforcement agencies or prosecutors and relevant non-governmental stakeholders",
    "developing and implementing public awareness campaigns on cybercrime, including for children and other vulnerable groups",
    "building and maintaining the capacity of criminal justice systems, including training and developing expertise among criminal justice practitioners",
    "encouraging service providers to take effective preventive measures, where feasible in the light of national circumstances",
    "promoting the reintegration into society of persons convicted of offences established in accordance with this Convention",
    "developing strategies and policies to prevent and eradicate gender-based violence that occurs through the use of an " + ICT,
    "undertaking specific and tailored efforts to keep children safe online",
    "recognizing the contribution of the legitimate activities of security researchers",
]
TA_POINTS = [
    "methods and techniques used in the prevention, detection, investigation and prosecution of the offences covered by this Convention",
    "the collection, preservation and sharing of electronic evidence, including the maintenance of the chain of custody and forensic analysis",
    "the drafting and implementation of domestic legislation giving effect to this Convention",
    "the protection of victims and witnesses",
    "the use of modern technologies, including the development of tools for investigators",
    "the protection of human rights and fundamental freedoms in the investigation of the offences covered by this Convention",
    "the management of seized and confiscated assets",
    "multilingual and multicultural communication among practitioners",
]
MECH_DUTIES = [
    "facilitating activities by States Parties under this Convention, including by encouraging the mobilization of voluntary contributions",
    "facilitating the exchange of information among States Parties on patterns and trends in cybercrime",
    "cooperating with relevant international and regional organizations and mechanisms, and non-governmental organizations",
    "reviewing periodically the implementation of this Convention by its States Parties",
    "making recommendations to improve this Convention and its implementation",
    "taking note of the technical assistance requirements of States Parties",
    "considering the adoption of supplementary protocols to this Convention",
]
FINAL_SENTENCES = [
    "This Convention shall be open to all States for signature at the place and on the date determined by the General Assembly, and thereafter at United Nations Headquarters in New York.",
    "This Convention is subject to ratification, acceptance or approval. Instruments of ratification, acceptance or approval shall be deposited with the Secretary-General of the United Nations.",
    "This Convention shall enter into force on the ninetieth day after the date of deposit of the fortieth instrument of ratification, acceptance, approval or accession.",
    "A State Party may denounce this Convention by written notification to the Secretary-General of the United Nations. Such denunciation shall become effective one year after the date of receipt of the notification.",
    "After the expiry of five years from the entry into force of this Convention, a State Party may propose an amendment and transmit it to the Secretary-General of the United Nations.",
    "The States Parties shall endeavour to settle disputes concerning the interpretation or application of this Convention through negotiation or by any other peaceful means of their own choice.",
    "Each State Party may, at the time of signature, ratification, acceptance or approval of or accession to this Convention, declare that it does not consider itself bound by paragraph 2 of this article.",
    "The original of this Convention, of which the Arabic, Chinese, English, French, Russian and Spanish texts are equally authentic, shall be deposited with the Secretary-General of the United Nations.",
    "Amendments adopted in accordance with this article shall be subject to ratification, acceptance or approval by States Parties.",
    "Nothing in this Convention shall affect other rights, obligations and responsibilities of States Parties under international law.",
]
NOTHING_IN = [
    "prevent a State Party from adopting or maintaining measures that are more strict or severe than those provided for by this Convention",
    "affect the rights and obligations of a State Party under any other applicable treaty",
    "be interpreted as permitting the suppression of human rights or fundamental freedoms, including the freedoms of expression, conscience, opinion, religion or belief, peaceful assembly and association",
    "entitle a State Party to undertake in the territory of another State the exercise of jurisdiction and performance of functions that are reserved exclusively for the authorities of that other State",
    "affect the principle that the description of the offences established in accordance with this Convention is reserved to the domestic law of a State Party",
]
SHALL_ENSURE = [
    "that persons who participate in the commission of an offence are held liable",
    "that the measures adopted are subject to effective oversight",
    "that its competent authorities are able to respond to requests on a twenty-four hour, seven-day-a-week basis",
    "that victims have access to appropriate procedures to seek compensation and restitution",
    "that trained and equipped personnel are available to facilitate the operation of the network",
    "that the request is executed in accordance with the procedures specified in the request",
    "that information received under this article is not used for purposes other than those for which it was provided",
    "that legal persons held liable are subject to effective, proportionate and dissuasive criminal or non-criminal sanctions, including monetary sanctions",
]
MAY_DO = [
    "require that the offence be committed with intent to defraud",
    "reserve the right not to apply the measures referred to in paragraph 1 to offences that are not serious crimes",
    "make the granting of assistance conditional upon the existence of dual criminality",
    "request the transfer of proceedings to another State Party where such transfer is considered to be in the interest of the proper administration of justice",
    "consider entering into bilateral or multilateral agreements or arrangements to enhance the effectiveness of cooperation",
    "postpone action on a request if such action would prejudice criminal investigations or proceedings conducted by its authorities",
    "provide spontaneous information to another State Party without prior request",
    "consider establishing, in accordance with its domestic law, a longer statute of limitations where the alleged offender has evaded the administration of justice",
]
RECITAL_VERBS = ["Noting", "Recognizing", "Concerned", "Convinced", "Bearing in mind", "Recalling", "Acknowledging",
                 "Reaffirming", "Emphasizing", "Aware", "Stressing", "Taking into account", "Mindful", "Considering"]
RECITAL_BODIES = [
    "that information and communications technologies, while having enormous potential for the development of societies, create new opportunities for perpetrators",
    "the need to pursue, as a matter of priority, a common criminal policy aimed at the protection of society against cybercrime",
    "the increasing rate and diversity of crimes committed with the use of information and communications technologies",
    "that cybercrime affects all States, and that international cooperation is essential to prevent and combat it",
    "the importance of the respect for human rights and fundamental freedoms, including the right to privacy, in the fight against cybercrime",
    "the need to enhance coordination and cooperation among States, including by providing technical assistance and capacity-building to developing countries",
    "the fundamental role of the private sector, civil society, academia and other non-governmental stakeholders in supporting such cooperation",
    "the importance of mainstreaming a gender perspective in all relevant efforts to prevent and combat cybercrime",
    "the principles of sovereign equality and territorial integrity of States and of non-intervention in the domestic affairs of other States",
    "that children are particularly vulnerable to exploitation and abuse through the use of information and communications technologies",
    "the existing international and regional instruments on cooperation in criminal matters",
    "the need to deprive criminals of the proceeds of their crimes",
    "the work of the open-ended intergovernmental expert group to conduct a comprehensive study on cybercrime",
    "that a comprehensive international convention would facilitate the effective prevention and combating of cybercrime",
    "the need to protect the integrity, availability and confidentiality of information and communications technology systems and data",
    "that the protection of victims requires a victim-centred approach",
]

# ---------------------------------------------------------------------------
# Treaty text: an article is a list of paragraphs {"text": chapeau, "points": [(text, [subpoints])]}
# ---------------------------------------------------------------------------


def qualifier(rng):
    return rng.choice(QUALIFIERS)


def op_sentence(rng, style, pindex):
    """One operative sentence (without points) in the style of the chapter."""
    later = pindex > 0
    r = rng.random()
    if style == "crim":
        if not later or r < 0.3:
            return (f"Each State Party shall adopt such legislative and other measures as may be necessary to establish "
                    f"as a criminal offence under its domestic law, when committed intentionally and without right, {rng.choice(CRIM_ACTS)}.")
        if r < 0.6:
            return f"A State Party may require that the offence be committed {rng.choice(CRIM_CONDS)}."
        if r < 0.8:
            return (f"A State Party may reserve the right not to impose criminal liability under paragraph {rng.randint(1, pindex)} "
                    f"of this article in limited circumstances, provided that other effective remedies are available.")
        return f"Each State Party shall ensure {rng.choice(SHALL_ENSURE)}, {qualifier(rng)}."
    if style == "proc":
        if not later or r < 0.4:
            return (f"Each State Party shall adopt such legislative and other measures as may be necessary to empower its competent "
                    f"authorities to {rng.choice(PROC_POWERS)}, {qualifier(rng)}.")
        if r < 0.6:
            return ("The powers and procedures referred to in this article shall be subject to article {conditions-and-safeguards} "
                    "of this Convention.")
        if r < 0.8:
            return f"Each State Party may {rng.choice(MAY_DO)}."
        return f"Each State Party shall ensure {rng.choice(SHALL_ENSURE)}."
    if style == "coop":
        if not later or r < 0.35:
            return (f"States Parties shall afford one another the widest measure of {rng.choice(COOP_KINDS)} in "
                    f"{rng.choice(COOP_SCOPES)}, {qualifier(rng)}.")
        if r < 0.55:
            return f"Assistance may be refused if {rng.choice(REFUSAL_GROUNDS)}."
        if r < 0.7:
            return ("Requests shall be made in writing or, where possible, by any means capable of producing a written record, "
                    "in a language acceptable to the requested State Party, under conditions allowing that State Party to establish authenticity.")
        if r < 0.85:
            return (f"The requested State Party shall execute the request as soon as possible and shall take as full account as "
                    f"possible of any deadlines suggested by the requesting State Party, {qualifier(rng)}.")
        return f"A State Party may {rng.choice(MAY_DO)}."
    if style == "general":
        if r < 0.4:
            return f"Nothing in this Convention shall {rng.choice(NOTHING_IN)}."
        if r < 0.7:
            return (f"This Convention shall apply, except as otherwise stated herein, to the prevention, investigation and "
                    f"prosecution of the offences established in accordance with this Convention, {qualifier(rng)}.")
        return f"States Parties shall ensure {rng.choice(SHALL_ENSURE)}, {qualifier(rng)}."
    if style == "juris":
        if r < 0.5:
            return ("Each State Party shall adopt such measures as may be necessary to establish its jurisdiction over the "
                    "offences established in accordance with this Convention when the offence is committed in the territory of that State Party.")
        return f"This Convention does not exclude the exercise of any criminal jurisdiction established by a State Party {qualifier(rng)}."
    if style == "prev":
        return (f"Each State Party shall endeavour, {qualifier(rng)}, to develop and implement effective and coordinated policies "
                f"for the prevention of cybercrime, including by {rng.choice(PREV_POINTS)}.")
    if style == "ta":
        return (f"States Parties shall, according to their capacity, consider affording one another the widest measure of technical "
                f"assistance, especially for the benefit of developing countries, in respect of {rng.choice(TA_POINTS)}.")
    if style == "mech":
        if r < 0.5:
            return (f"A Conference of the States Parties to the Convention is hereby established to improve the capacity of and "
                    f"cooperation between States Parties, including by {rng.choice(MECH_DUTIES)}.")
        return (f"The Secretary-General of the United Nations shall provide the necessary secretariat services to the Conference, "
                f"including by {rng.choice(MECH_DUTIES)}.")
    return rng.choice(FINAL_SENTENCES)


def chapeau(rng, style):
    """A paragraph opening that announces points, and the pool the points come from."""
    if style == "proc":
        return (f"The establishment, implementation and application of the powers and procedures provided for in this chapter "
                f"shall be subject to conditions and safeguards, which shall, as appropriate in view of the nature of the procedure, include:",
                PROC_POINTS, "noun")
    if style == "prev":
        return ("Preventive measures may include:", PREV_POINTS, "noun")
    if style == "ta":
        return ("Such assistance and capacity-building may include, to the extent permitted by domestic law, training and "
                "other assistance in relation to:", TA_POINTS, "noun")
    if style == "mech":
        return ("The Conference of the States Parties shall agree upon activities, procedures and methods of work to achieve "
                "the objectives set forth in paragraph 1 of this article, including:", MECH_DUTIES, "noun")
    if style == "coop":
        return ("Mutual legal assistance to be afforded in accordance with this article may be requested for any of the following purposes:",
                COOP_SCOPES + ["taking evidence or statements from persons", "effecting service of judicial documents",
                               "executing searches and seizures, and freezing", "examining objects and sites",
                               "providing information, evidentiary items and expert evaluations"], "noun")
    if style == "general":
        return ("The purposes of this Convention are:", GENERAL_AIMS, "to")
    return ("Each State Party may, in accordance with its domestic law, establish as an offence the conduct described in this "
            "article where it is committed:", CRIM_CONDS + ["with the intent to cause serious harm", "on a commercial scale",
                                                            "against critical information infrastructure"], "noun")


def make_points(rng, pool, form, count, allow_nested):
    items = rng.sample(pool, min(count, len(pool)))
    points = []
    for i, text in enumerate(items):
        text = cap(text) if form == "noun" else "To " + text
        subs = []
        if allow_nested and rng.random() < 0.18:
            n = rng.randint(2, 4)
            subs = [cap(s) for s in rng.sample(PROC_POINTS + TA_POINTS, n)]
        points.append([text, subs])
    return points


def make_article(rng, style, title):
    """The paragraphs of one article. Returns {"numbered": bool, "paragraphs": [...]}."""
    if title == "Use of terms":
        terms = TERMS[:]
        rng.shuffle(terms)
        n = rng.randint(7, len(terms))
        points = [[f"“{t}” shall mean {d}", []] for t, d in sorted(terms[:n])]
        return {"numbered": False, "paragraphs": [{"text": "For the purposes of this Convention:", "points": points}]}
    if rng.random() < 0.12:  # a short unnumbered article, sometimes with points
        if rng.random() < 0.5:
            text, pool, form = chapeau(rng, style)
            return {"numbered": False, "paragraphs": [{"text": text, "points": make_points(rng, pool, form, rng.randint(2, 5), False)}]}
        return {"numbered": False, "paragraphs": [{"text": op_sentence(rng, style, 0), "points": []}]}
    n = rng.choice([1, 2, 2, 3, 3, 3, 4, 4, 5, 6, 7])
    paragraphs = []
    seen = []
    if title == "Statement of purpose":
        text, pool, form = chapeau(rng, "general")
        paragraphs.append({"text": text, "points": make_points(rng, pool, form, rng.randint(3, 5), False)})
        seen.append(text)
    for p in range(len(paragraphs), n):
        for attempt in range(8):
            if style != "final" and rng.random() < 0.22:
                text, pool, form = chapeau(rng, style)
                para = {"text": text, "points": make_points(rng, pool, form, rng.randint(2, 6), True)}
            else:
                sentence = final_sentence(rng, title) if style == "final" else op_sentence(rng, style, p)
                if rng.random() < 0.25:
                    sentence += " " + op_sentence(rng, style, max(p, 1))
                para = {"text": sentence, "points": []}
            if para["text"] not in seen:
                break
        seen.append(para["text"])
        paragraphs.append(para)
    return {"numbered": True, "paragraphs": paragraphs}


FINAL_BY_TITLE = [("Signature", [0, 1]), ("Entry", [2]), ("Denunciation", [3]), ("Amendment", [4, 8]),
                  ("Settlement", [5, 6]), ("Depositary", [7]), ("Effects", [9])]


def final_sentence(rng, title):
    for word, picks in FINAL_BY_TITLE:
        if title.startswith(word):
            return FINAL_SENTENCES[rng.choice(picks)]
    return rng.choice(FINAL_SENTENCES)


def mutate_article(rng, style, article):
    """The next draft's version of an article: a few edits, sometimes a paragraph more or less."""
    art = json.loads(json.dumps(article))  # deep copy
    paras = art["paragraphs"]
    if not art["numbered"]:
        if rng.random() < 0.2 and paras[0]["points"]:
            pts = paras[0]["points"]
            pts[rng.randrange(len(pts))][0] = cap(rng.choice(PROC_POINTS + PREV_POINTS + TA_POINTS))
        return art
    for i, para in enumerate(paras):
        if rng.random() < 0.15 and not para["points"]:
            para["text"] = op_sentence(rng, style, i)
        elif rng.random() < 0.15 and para["points"]:
            pts = para["points"]
            if rng.random() < 0.5 and len(pts) > 2:
                del pts[rng.randrange(len(pts))]
            else:
                pts.insert(rng.randrange(len(pts) + 1), [cap(rng.choice(PROC_POINTS + TA_POINTS)), []])
    r = rng.random()
    if r < 0.1:
        paras.append({"text": op_sentence(rng, style, len(paras)), "points": []})
    elif r < 0.16 and len(paras) > 1:
        del paras[rng.randrange(1, len(paras))]
    return art


def build_drafts(seed, n_drafts, sessions):
    """The successive drafts: provisions present, numbering, text and structure of each."""
    rng = random.Random(f"{seed}:drafts:{n_drafts}")
    provisions = []
    for index, (chapter, title, role) in enumerate(PROVISIONS):
        start, end = 0, n_drafts
        if role == "late" and n_drafts > 1:
            start = rng.randint(1, n_drafts - 1)
        elif role == "contested":
            end = rng.randint(1, n_drafts)
        provisions.append({"key": slug(title), "chapter": chapter, "title": title, "start": start, "end": end})
    texts = {}
    for prov in provisions:
        prng = random.Random(f"{seed}:provision:{prov['key']}")
        art = make_article(prng, prov["chapter"], prov["title"])
        versions = {}
        for d in range(prov["start"], prov["end"]):
            if d > prov["start"]:
                art = mutate_article(random.Random(f"{seed}:provision:{prov['key']}:draft{d}"), prov["chapter"], art)
            versions[d] = art
        texts[prov["key"]] = versions

    names = [("cnd", "Consolidated negotiating document"),
             ("updated-cnd", "Updated consolidated negotiating document"),
             ("zero-draft", "Zero draft of the convention"),
             ("revised-draft", "Revised draft text of the convention"),
             ("further-revised-draft", "Further revised draft text of the convention"),
             ("draft-text", "Draft text of the convention"),
             ("updated-draft-text", "Updated draft text of the convention"),
             ("final-draft", "Draft convention as approved by the Committee")]
    drafts = []
    for d in range(n_drafts):
        if n_drafts <= len(names):
            # spread the names so that the first and the last are always used
            k = 0 if n_drafts == 1 else round(d * (len(names) - 1) / (n_drafts - 1))
            draft_id, title = names[k]
        else:
            draft_id, title = f"draft-{d + 1}", f"Draft text of the convention, version {d + 1}"
        s_index = min(len(sessions) - 1, 1 + round(d * (len(sessions) - 2) / max(1, n_drafts - 1)))
        session = sessions[s_index]
        date = add_days(session["start_date"], -45 + rng.randint(-5, 5))
        symbol = f"A/AC.291/{12 + 3 * d}" + ("/Rev.1" if d % 3 == 2 else "")
        drafts.append({"index": d, "id": draft_id, "title": title, "date": date, "symbol": symbol,
                       "session": session["id"], "status": "current" if d == n_drafts - 1 else "superseded"})

    for draft in drafts:
        d = draft["index"]
        drng = random.Random(f"{seed}:draft-structure:{d}")
        articles = []
        number = 0
        last_label = None
        multiple = 0
        for prov in provisions:
            if not (prov["start"] <= d < prov["end"]):
                continue
            if prov["start"] == d and d > 0 and last_label is not None:
                multiple = multiple + 1 if multiple else 1
                label = f"{number} {MULTIPLES[multiple - 1]}"
            else:
                number += 1
                multiple = 0
                label = str(number)
            last_label = label
            articles.append({"label": label, "int": None if multiple else number, "key": prov["key"],
                             "title": prov["title"], "chapter": prov["chapter"], "text": texts[prov["key"]][d]})
        chapters = []
        for i, (ckey, ctitle) in enumerate(CHAPTERS):
            chapters.append({"key": ckey, "roman": roman(i + 1), "title": ctitle,
                             "articles": [a for a in articles if a["chapter"] == ckey]})
        n_recitals = drng.randint(12, 16) + d % 3
        bodies = RECITAL_BODIES[:]
        drng.shuffle(bodies)
        recitals = []
        for i in range(n_recitals - 1):
            verb = RECITAL_VERBS[(i + d) % len(RECITAL_VERBS)]
            body = bodies[i % len(bodies)]
            if verb in ("Concerned", "Aware", "Mindful") and not body.startswith("that "):
                body = "of " + body
            elif verb == "Convinced" and not body.startswith("that "):
                verb = "Considering"
            recitals.append(f"{verb} {body},")
        recitals.append("Have agreed as follows:")
        draft["articles"] = articles
        draft["chapters"] = chapters
        draft["recitals"] = recitals
        draft["numbers"] = {a["key"]: a["label"] for a in articles}
    return drafts


def render_draft(draft):
    numbers = draft["numbers"]

    def resolve(text):
        def sub(m):
            return numbers.get(m.group(1), "1")
        return re.sub(r"\{([a-z0-9-]+)\}", sub, text)

    out = ["# Preamble", "", "The States Parties to this Convention,\n" + draft["recitals"][0], ""]
    for recital in draft["recitals"][1:]:
        out += [recital, ""]
    for chapter in draft["chapters"]:
        out += [f"# Chapter {chapter['roman']}. {chapter['title']}", ""]
        for art in chapter["articles"]:
            out += [f"## Article {art['label']}. {art['title']}", ""]
            body = art["text"]
            for pi, para in enumerate(body["paragraphs"]):
                if body["numbered"]:
                    lines = [f"{pi + 1}. {resolve(para['text'])}"]
                    indent = "   "
                else:
                    lines = [resolve(para["text"])]
                    indent = ""
                pts = para["points"]
                for i, (ptext, subs) in enumerate(pts):
                    end = ":" if subs else (";" if i < len(pts) - 1 else ".")
                    if i == len(pts) - 2 and not subs:
                        end = "; and"
                    lines.append(f"{indent}({LETTERS[i]}) {resolve(ptext)}{end}")
                    for j, stext in enumerate(subs):
                        send = ";" if j < len(subs) - 1 else (";" if i < len(pts) - 1 else ".")
                        lines.append(f"{indent}   ({roman(j + 1, lower=True)}) {stext}{send}")
                out.append("\n".join(lines))
                if not body["numbered"]:
                    out.append("")
            if body["numbered"]:
                out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def draft_index(draft):
    """What positions may cite: article labels, paragraphs, points, chapters, recitals."""
    arts = []
    for art in draft["articles"]:
        paras = []
        if art["text"]["numbered"]:
            for pi, para in enumerate(art["text"]["paragraphs"]):
                points = [(LETTERS[i], [roman(j + 1, lower=True) for j in range(len(subs))])
                          for i, (_, subs) in enumerate(para["points"])]
                paras.append((pi + 1, points))
        first = art["text"]["paragraphs"][0]["text"]
        quote = re.sub(r"\{([a-z0-9-]+)\}", lambda m: draft["numbers"].get(m.group(1), "1"), first)
        arts.append({"label": art["label"], "int": art["int"], "chapter": art["chapter"], "title": art["title"],
                     "paras": paras, "quote": quote})
    return {"articles": arts, "ints": [a["int"] for a in arts if a["int"] is not None],
            "by_chapter": {c["key"]: [a for a in arts if a["chapter"] == c["key"]] for c in draft["chapters"]},
            "chapters": [(c["roman"], c["title"], c["key"]) for c in draft["chapters"]],
            "recitals": len(draft["recitals"])}


# ---------------------------------------------------------------------------
# Stakeholders (fictional)
# ---------------------------------------------------------------------------

SYL_A = ["Ar", "Bel", "Cal", "Dor", "El", "Fen", "Gal", "Hal", "Ist", "Jor", "Kel", "Lor", "Mar", "Nor", "Ost",
         "Pel", "Quar", "Ros", "Sal", "Tor", "Ul", "Val", "Wes", "Yar", "Zan", "Ber", "Cor", "Dal", "Ter", "Mon"]
SYL_B = ["an", "ev", "ir", "o", "u", "ad", "en", "is", "am", "on", "ar", "el", "ab", "ur", "iv"]
SYL_C = ["dia", "via", "ria", "land", "stan", "mora", "nia", "thia", "gard", "ca", "tia", "ssa", "lia", "nesia"]
STATE_FORMS = ["Republic of {}", "Kingdom of {}", "{}", "Federal Republic of {}", "Principality of {}",
               "United Republic of {}", "Democratic Republic of {}", "{}", "{}", "Commonwealth of {}"]
REGIONS = ["Northern", "Southern", "Eastern", "Western", "Central", "Coastal", "Island", "Alpine", "Desert", "Lake",
           "River", "Highland", "Steppe", "Atlantic", "Pacific", "Arctic", "Equatorial", "Mediterranean"]
ORG_NOUNS = ["Digital Rights", "Internet Freedom", "Cyber Policy", "Criminal Law Reform", "Human Rights Law",
             "Privacy", "Security Research", "Open Societies", "Technology and Justice", "Child Online Safety",
             "Media Freedom", "Data Protection", "Democracy and Technology", "Victims' Rights", "Cyber Peace",
             "Responsible Computing", "Information Integrity", "Rule of Law"]
CITIES = ["Arvel", "Montclair", "Osterby", "Lindmark", "Port Sable", "Kesra", "Velden", "Norhaven", "Tassin",
          "Bramford", "Caldera", "Etten", "Fairholm", "Greywater", "Hollin", "Juniper Bay", "Kirkwall Sound"]
STAKEHOLDER_KINDS = ["member-state", "group-of-states", "intergovernmental", "un-entity", "civil-society",
                     "private-sector", "academia", "other"]
KIND_WEIGHTS = [60, 4, 5, 3, 15, 7, 5, 1]


def acronym(name):
    return "".join(w[0] for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", name) if w[0].isupper()
                   and w.lower() not in ("and", "of", "for", "the", "on", "in"))


def make_stakeholders(seed, count):
    rng = random.Random(f"{seed}:stakeholders:{count}")
    used_ids = []
    used_set = {}
    out = []
    kinds = []
    # at least one of each kind, the rest by weight
    for k in STAKEHOLDER_KINDS:
        kinds.append(k)
    while len(kinds) < count:
        kinds.append(rng.choices(STAKEHOLDER_KINDS, KIND_WEIGHTS)[0])
    kinds = kinds[:count]
    rng.shuffle(kinds)
    for i, kind in enumerate(kinds):
        for attempt in range(1000):
            if kind == "member-state":
                base = rng.choice(SYL_A) + rng.choice(SYL_B) + rng.choice(SYL_C)
                base = base[0] + base[1:].lower()
                name = rng.choice(STATE_FORMS).format(base)
                short = base
            elif kind == "group-of-states":
                region = rng.choice(REGIONS)
                name = rng.choice([f"Group of {region} States", f"{region} States Forum", f"Union of {region} States"])
                short = acronym(name)
            elif kind == "intergovernmental":
                region = rng.choice(REGIONS)
                name = rng.choice([f"Council of the {region} Region", f"Organization of {region} States",
                                   f"{region} Cooperation Council", f"{region} Police Cooperation Organization"])
                short = acronym(name)
            elif kind == "un-entity":
                noun = rng.choice(["Digital Crime", "Cyber Resilience", "Technology and Human Rights",
                                   "Criminal Justice Statistics", "Digital Development", "Data Governance"])
                name = rng.choice([f"Office on {noun}", f"Programme on {noun}", f"Special Rapporteur on {noun}"])
                short = acronym(name)
            elif kind == "civil-society":
                noun = rng.choice(ORG_NOUNS)
                name = rng.choice([f"Centre for {noun}", f"{noun} Watch", f"Coalition for {noun}",
                                   f"{noun} Initiative", f"Foundation for {noun}", f"{noun} Network of {rng.choice(CITIES)}"])
                short = acronym(name)
            elif kind == "private-sector":
                stem = rng.choice(SYL_A) + rng.choice(SYL_B) + rng.choice(["tek", "net", "soft", "data", "link", "cloud"])
                stem = stem[0] + stem[1:].lower()
                name = rng.choice([f"{stem} Corporation", f"{stem} Inc.", f"{stem} Group", f"Association of {rng.choice(REGIONS)} Service Providers"])
                short = stem if "Association" not in name else acronym(name)
            elif kind == "academia":
                city = rng.choice(CITIES)
                name = rng.choice([f"University of {city}", f"{city} Institute of Criminology",
                                   f"{city} School of Law, Cyber Policy Clinic", f"Institute for {rng.choice(ORG_NOUNS)}, {city}"])
                short = acronym(name)
            else:
                name = rng.choice([f"Independent expert from {rng.choice(CITIES)}", f"{rng.choice(CITIES)} Bar Association",
                                   f"Parliamentary network on {rng.choice(ORG_NOUNS).lower()}"])
                short = acronym(name) or name.split()[0]
            sid = slug(short if kind in ("member-state", "private-sector") and short else name)
            if len(sid) > 40:
                sid = sid[:40].rstrip("-")
            if sid not in used_set:
                break
        else:
            sid = f"{sid}-{i}"
        used_set[sid] = True
        used_ids.append(sid)
        out.append({"id": sid, "name": name, "short": short or name, "kind": kind})
    return out


KIND_LABEL = {
    "member-state": "a Member State", "group-of-states": "a group of States", "intergovernmental": "an intergovernmental organization",
    "un-entity": "a United Nations entity", "civil-society": "a civil society organization",
    "private-sector": "a private sector entity", "academia": "an academic institution", "other": "an other stakeholder",
}


def stakeholder_body(rng, s):
    label = KIND_LABEL[s["kind"]]
    tail = rng.choice([
        "took part in the negotiations as {label} and submitted written contributions on several chapters of the draft.",
        "participated in the sessions of the Ad Hoc Committee as {label}, delivering statements and written submissions.",
        "contributed to the intersessional consultations as {label}, with a focus on human rights safeguards and international cooperation.",
        "followed the negotiations as {label} and published its positions on the successive drafts of the convention.",
    ]).format(label=label)
    return f"{with_article(s['name'])} {tail}\n"


ARTICLE_WORDS = ("Republic", "Kingdom", "Federal", "Principality", "United", "Democratic", "Commonwealth", "Council",
                 "Organization", "Group", "Union", "Office", "Programme", "Centre", "Coalition", "Foundation",
                 "Association", "Special", "Institute", "Parliamentary")


def with_article(name):
    return f"The {name}" if name.split()[0] in ARTICLE_WORDS else name


# ---------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------

PLACES = ["New York", "Vienna"]


def make_sessions(seed, count):
    rng = random.Random(f"{seed}:sessions:{count}")
    first = datetime.date(2022, 1, 17)
    last = datetime.date(2024, 7, 29)
    span = (last - first).days
    sessions = []
    regular = inter = 0
    for i in range(count):
        start = add_days(first, round(i * span / max(1, count - 1)))
        start = add_days(start, -start.weekday())  # a Monday
        if i % 4 == 3 and i != count - 1:
            inter += 1
            title = f"{cap(ordinal(inter))} intersessional consultation"
            length, place = rng.choice([1, 2]), "Vienna"
        else:
            regular += 1
            title = f"{cap(ordinal(regular))} session of the Ad Hoc Committee"
            length, place = rng.choice([9, 11]), PLACES[regular % 2]
        sessions.append({"id": f"session-{i + 1}", "title": title, "start_date": start,
                         "end_date": add_days(start, length), "place": place})
    return sessions


# ---------------------------------------------------------------------------
# Positions
# ---------------------------------------------------------------------------

POSITION_KINDS = ["statement", "submission", "guidance-note", "briefing", "report", "other"]
KIND_BY_STAKEHOLDER = {
    "member-state": [50, 40, 2, 3, 2, 3],
    "group-of-states": [55, 40, 0, 2, 0, 3],
    "intergovernmental": [30, 40, 5, 10, 10, 5],
    "un-entity": [20, 30, 15, 15, 15, 5],
    "civil-society": [20, 30, 20, 20, 5, 5],
    "private-sector": [30, 45, 5, 15, 0, 5],
    "academia": [15, 25, 10, 15, 30, 5],
    "other": [40, 40, 0, 5, 5, 10],
}
KIND_TITLE = {"statement": "Statement", "submission": "Written submission", "guidance-note": "Guidance note",
              "briefing": "Briefing note", "report": "Report", "other": "Comments"}

TOPICS = {
    "general": ["the scope of the convention", "the definition of cybercrime", "the use of terms",
                "the protection of sovereignty", "the relationship with existing instruments",
                "the respect for human rights in the application of the convention"],
    "crim": ["the list of criminal offences", "cyber-dependent crimes", "cyber-enabled crimes", "intent requirements",
             "the protection of security researchers", "the offences against children", "the liability of legal persons",
             "content-related offences", "the criminalization of the misuse of devices"],
    "juris": ["the grounds of jurisdiction", "conflicts of jurisdiction", "the principle of territoriality"],
    "proc": ["the conditions and safeguards", "the powers of competent authorities", "real-time collection of traffic data",
             "the interception of content data", "the preservation of stored electronic data", "production orders",
             "judicial oversight of procedural powers", "the protection of witnesses and victims"],
    "coop": ["dual criminality", "the grounds for refusal", "mutual legal assistance", "the 24/7 network",
             "the protection of personal data in cross-border transfers", "extradition", "the transfer of criminal proceedings",
             "joint investigations", "the recovery of assets", "cross-border access to electronic evidence"],
    "prev": ["preventive measures", "the role of the private sector in prevention", "public awareness campaigns",
             "the prevention of gender-based violence online"],
    "ta": ["technical assistance", "capacity-building", "the exchange of information", "the needs of developing countries",
           "the funding of technical assistance"],
    "mech": ["the Conference of the States Parties", "the review of implementation", "the participation of non-governmental stakeholders",
             "the role of the secretariat"],
    "final": ["the entry into force", "reservations", "the adoption of supplementary protocols", "the settlement of disputes",
              "the number of ratifications required for entry into force"],
}
CROSS_TOPICS = ["human rights safeguards", "the principle of legality", "necessity and proportionality",
                "gender mainstreaming", "the role of non-governmental stakeholders", "legal certainty",
                "technology neutrality", "the rights of the child", "freedom of expression", "the right to privacy"]

OPEN_VIEWS = [
    "We welcome", "We support", "We are concerned about", "We note with appreciation", "We have serious reservations about",
    "We cannot support", "We appreciate the efforts reflected in", "We take note of", "We strongly object to",
    "We are encouraged by", "We remain unconvinced by", "We continue to support",
]
PREDICATES = [
    "is broadly consistent with existing international standards",
    "goes beyond what is necessary to address cyber-dependent crime",
    "should be narrowed to conduct that causes serious harm",
    "lacks sufficient safeguards for human rights and fundamental freedoms",
    "could be misused to criminalize the legitimate activities of journalists, security researchers and whistle-blowers",
    "strikes an appropriate balance between the needs of law enforcement and the protection of individual rights",
    "would benefit from clearer language on intent",
    "duplicates obligations that States already have under other instruments",
    "should include an explicit reference to the principles of legality, necessity and proportionality",
    "leaves too much discretion to the requested State",
    "does not reflect the discussions held at the previous session",
    "provides a sound basis for consensus",
    "needs to be read together with the safeguards in the chapter on procedural measures",
    "should be retained as drafted",
    "would create legal uncertainty for service providers operating in several jurisdictions",
    "requires further discussion before it can be agreed",
]
RECOMMEND = [
    "delete", "retain", "narrow the scope of", "clarify", "redraft", "reconsider",
    "align the wording of", "add a reference to human rights safeguards in", "strengthen the safeguards in",
    "include an intent requirement in", "replace the term “cybercrime” in",
]
CONNECTORS = ["Moreover,", "In addition,", "However,", "Furthermore,", "At the same time,", "For this reason,",
              "Consequently,", "In particular,", "By contrast,", "Nevertheless,", "In this regard,", "Similarly,",
              "As a result,", "Finally,", "First,", "Second,", "In our view,"]
CLAUSES = [
    "the convention should focus on a limited set of clearly defined offences",
    "international cooperation should be conditioned on respect for human rights",
    "the private sector must not be required to act as an arm of law enforcement",
    "the text should remain technology-neutral to stand the test of time",
    "capacity-building should be demand-driven and sustainable",
    "the negotiations should be guided by the principle of consensus",
    "developing countries face particular challenges in collecting and preserving electronic evidence",
    "victims must be at the centre of the response to cybercrime",
    "legal certainty is essential for all parties involved",
    "the convention must not undermine the security of information systems",
    "many delegations shared this concern during the informal consultations",
    "the text should build upon the experience gained in the implementation of existing instruments",
    "States differ widely in their legal traditions and institutional capacities",
    "the provision as drafted may conflict with obligations under data protection law",
    "broad and vague definitions invite abuse",
    "transparency and accountability are prerequisites for trust between States",
    "the involvement of multistakeholder expertise will improve the quality of the outcome",
    "the obligations of States Parties should be matched by the necessary resources",
]
SENTENCE_TEMPLATES = [
    "{open} {ref_art_phrase}, which {pred}.",
    "{open} the current wording of {REF}.",
    "The text of {REF} {pred}.",
    "We recommend that the Committee {rec} {REF}.",
    "{conn} {REF} {PRED}.",
    "{conn} {clause}.",
    "In our reading, {REF} {PRED}, and we therefore propose to {rec} {this}.",
    "With regard to {topic}, {REF} {PRED}.",
    "{name} considers that {clause}; {REF} {PRED}.",
    "{conn} we note that {clause}.",
    "As regards {topic}, {clause}.",
    "{open} the treatment of {topic} in {REF}.",
    "The reference in {REF} to {topic} {pred}.",
    "We invite delegations to consider whether {REF} {PRED}.",
    "{name} proposes to {rec} {REF}, as {clause}.",
    "{conn} the relationship between {REF} and {REF2} requires clarification.",
    "{clause_cap}.",
    "Several delegations stressed that {clause}.",
    "This is particularly important for {topic}, where {clause}.",
]


PLURAL_VERBS = {"is": "are", "goes": "go", "lacks": "lack", "strikes": "strike", "duplicates": "duplicate",
                "leaves": "leave", "does": "do", "provides": "provide", "needs": "need", "requires": "require"}


def plural_predicate(pred):
    first, _, rest = pred.partition(" ")
    return f"{PLURAL_VERBS.get(first, first)} {rest}"


def lower_first(text):
    return text[:1].lower() + text[1:]


class RefMaker:
    """References to a draft's provisions, in the forms real documents use."""

    def __init__(self, rng, index):
        self.rng = rng
        self.ix = index

    def _article(self, chapter=None, numbered=False, with_points=False):
        pool = self.ix["by_chapter"].get(chapter) if chapter else None
        if not pool:
            pool = self.ix["articles"]
        if numbered:
            pool = [a for a in pool if a["paras"]] or [a for a in self.ix["articles"] if a["paras"]]
        if with_points:
            pool = [a for a in pool if any(p[1] for p in a["paras"])] or \
                   [a for a in self.ix["articles"] if any(p[1] for p in a["paras"])]
        return self.rng.choice(pool)

    def _ints(self, chapter, n):
        pool = [a["int"] for a in self.ix["by_chapter"].get(chapter, []) if a["int"] is not None] if chapter else []
        if len(pool) < n:
            pool = self.ix["ints"]
        return sorted(self.rng.sample(pool, n))

    def external(self):
        inst, top = self.rng.choice([("the Budapest Convention", 48), ("the UNTOC", 41), ("UNTOC", 41),
                                     ("the UNCAC", 71), ("UNCAC", 71)])
        # a number the draft also has, so a missed exclusion links rather than fails
        candidates = [i for i in self.ix["ints"] if i <= top]
        return f"Article {self.rng.choice(candidates)} of {inst}"

    def ref(self, chapter=None):
        rng = self.rng
        r = rng.random()
        if r < 0.22:
            return f"Article {self._article(chapter)['label']}"
        if r < 0.32:
            return f"Art. {self._article(chapter)['label']}"
        if r < 0.35:
            return f"*Article {self._article(chapter)['label']}*"
        if r < 0.42:
            a, b = self._ints(chapter, 2)
            return f"Articles {a} and {b}"
        if r < 0.47:
            a, b, c = self._ints(None if rng.random() < 0.5 else chapter, 3)
            return f"Articles {a}, {b} and {c}"
        if r < 0.53:
            if not chapter or len([a for a in self.ix["by_chapter"][chapter] if a["int"] is not None]) < 2:
                chapter = rng.choice([k for k, arts in self.ix["by_chapter"].items()
                                      if len([a for a in arts if a["int"] is not None]) >= 2])
            a, b = self._ints(chapter, 2)
            return rng.choice([f"Articles {a} to {b}", f"Art. {a}-{b}", f"Articles {a} to {b}"])
        if r < 0.63:
            art = self._article(chapter, numbered=True)
            p = rng.choice(art["paras"])[0]
            tight = "" if " " in art["label"] else "tight"  # "Article 3 bis (2)", never "3 bis(2)"
            return rng.choice([f"Article {art['label']}({p})" if tight else f"Article {art['label']} ({p})",
                               f"Article {art['label']} ({p})",
                               f"Article {art['label']} paragraph {p}", f"Article {art['label']}, paragraph {p}"])
        if r < 0.70:
            art = self._article(chapter, with_points=True)
            p, points = rng.choice([p for p in art["paras"] if p[1]])
            letter, subs = rng.choice(points)
            form = rng.random()
            sep = " " if " " in art["label"] else ""
            if subs and form < 0.25:
                return f"Article {art['label']}{sep}({p})({letter})({rng.choice(subs)})"
            return rng.choice([f"Article {art['label']} ({p}) ({letter})", f"Article {art['label']}{sep}({p})({letter})",
                               f"Article {art['label']}, paragraph {p} ({letter})"])
        if r < 0.78:
            roman_, title, key = rng.choice([c for c in self.ix["chapters"] if c[2] == chapter] or self.ix["chapters"])
            return rng.choice([f"Chapter {roman_}", f"Chapter {roman_} ({title})"])
        if r < 0.80:
            return f"Preambular paragraph {rng.randint(1, self.ix['recitals'] - 1)}"
        return f"Article {self._article(chapter)['label']}"


def position_sentence(rng, refs, chapter, name, ctx):
    tpl = rng.choice(SENTENCE_TEMPLATES)
    values = {}
    if "{REF}" in tpl or "{ref_art_phrase}" in tpl:
        values["REF"] = refs.ref(chapter)
        values["ref_art_phrase"] = rng.choice(["the approach taken in ", "the inclusion of ", "the new language in ",
                                               "the deletion proposed in ", ""]) + values["REF"]
    if "{REF2}" in tpl:
        values["REF2"] = refs.ref(None)
    values.update({
        "open": rng.choice(OPEN_VIEWS), "pred": rng.choice(PREDICATES), "rec": rng.choice(RECOMMEND),
        "conn": rng.choice(CONNECTORS), "clause": rng.choice(CLAUSES),
        "topic": rng.choice(TOPICS.get(chapter, CROSS_TOPICS) + CROSS_TOPICS), "name": name,
    })
    values["clause_cap"] = cap(values["clause"])
    plural = values.get("REF", "").lstrip("*").startswith(("Articles ", "Chapters ")) or re.match(r"Art\. \d+-", values.get("REF", ""))
    values["PRED"] = plural_predicate(values["pred"]) if plural else values["pred"]
    values["this"] = "these provisions" if plural else "this provision"
    sentence = tpl.format(**values)
    if rng.random() < 0.06:
        sentence = sentence[:-1] + f", as already provided in {refs.external()}."
    return cap(sentence)


def paragraph(rng, refs, chapter, name, ctx, n_sentences):
    sentences = [position_sentence(rng, refs, chapter, name, ctx) for _ in range(n_sentences)]
    if rng.random() < 0.12:
        i = rng.randrange(len(sentences))
        s = sentences[i]
        m = re.search(r"\b(serious harm|human rights|legal certainty|consensus|intent|safeguards)\b", s)
        if m:
            mark = "**" if rng.random() < 0.4 else "*"
            sentences[i] = s[:m.start()] + mark + m.group(0) + mark + s[m.end():]
    if rng.random() < 0.09:
        ctx["footnotes"] += 1
        n = ctx["footnotes"]
        sentences[-1] = sentences[-1] + f"[^{n}]"
    return " ".join(sentences)


def footnote_text(rng, n, ctx):
    forms = [
        "See the statement delivered at the {session}.",
        "See our earlier submission on the {draft}, available at https://example.org/travaux/{sid}/{n}.",
        "Report of the Ad Hoc Committee on its {ord} session, paras. {a}–{b}.",
        "Comprehensive Study on Cybercrime (draft), chapter {a}, p. {b}.",
        "General Assembly resolution 74/247 of 27 December 2019, operative paragraph {c}.",
        "Discussed during the informal consultations held on {date}.",
    ]
    a = rng.randint(3, 40)
    return rng.choice(forms).format(session=ctx["session_title"], draft=ctx["draft_title"], sid=ctx["stakeholder"],
                                    n=n, ord=ordinal(rng.randint(1, 6)), a=a, b=a + rng.randint(1, 30),
                                    c=rng.randint(2, 12), date=ctx["date_text"])


def make_position_body(rng, refs, ix, stakeholder, draft, session, ctx, target_words):
    name = stakeholder["short"] if stakeholder["kind"] in ("member-state", "private-sector") else f"The {stakeholder['short']}"
    ctx["footnotes"] = 0
    out = []
    total = 0

    def emit(block):
        nonlocal total
        out.append(block)
        total += words(block)

    emit(f"{name} welcomes the opportunity to comment on the {draft['title']} ({draft['symbol']}) "
         f"and thanks the Chair for the {rng.choice(['transparent', 'inclusive', 'constructive'])} conduct of the {lower_first(session['title'])}. "
         + paragraph(rng, refs, None, name, ctx, rng.randint(1, 3)))
    if rng.random() < 0.6:
        emit(paragraph(rng, refs, None, name, ctx, rng.randint(2, 4)))
    chapters = [c for c in ix["chapters"] if ix["by_chapter"][c[2]]]
    order = rng.sample(chapters, len(chapters))
    heading_style = rng.choice(["numbered", "plain", "caps"])
    section = 0
    table_done = False
    while total < target_words:
        roman_, ctitle, ckey = order[section % len(order)]
        section += 1
        ints = [a["int"] for a in ix["by_chapter"][ckey] if a["int"] is not None]
        label = ctitle
        if len(ints) >= 2 and rng.random() < 0.4:
            label += f" (Art. {ints[0]}-{ints[-1]})" if rng.random() < 0.5 else f" (Articles {ints[0]} to {ints[-1]})"
        elif rng.random() < 0.2:
            label = f"Chapter {roman_}: {ctitle}"
        if heading_style == "numbered":
            emit(f"## {section}. {label}")
        elif heading_style == "caps":
            emit(f"## {label.upper()}" if "(" not in label else f"## {label}")
        else:
            emit(f"## {label}")
        for _ in range(rng.randint(1, 4)):
            if total >= target_words and section > 1:
                break
            r = rng.random()
            if r < 0.70:
                emit(paragraph(rng, refs, ckey, name, ctx, rng.randint(2, 6)))
            elif r < 0.82:
                items = [f"- {position_sentence(rng, refs, ckey, name, ctx)}" for _ in range(rng.randint(2, 6))]
                emit(rng.choice(["We therefore recommend the following:", "Our main points are:",
                                 "In summary:", "Our observations are the following:"]))
                emit("\n".join(items))
            elif r < 0.88:
                items = [f"{i + 1}. {position_sentence(rng, refs, ckey, name, ctx)}" for i in range(rng.randint(2, 5))]
                emit("\n".join(items))
            elif r < 0.93 and not table_done:
                table_done = True
                rows = ["| Provision | Proposal | Rationale |", "|---|---|---|"]
                for _ in range(rng.randint(3, 7)):
                    rows.append(f"| {refs.ref(ckey)} | {cap(rng.choice(RECOMMEND))} | {cap(rng.choice(CLAUSES))} |")
                emit("\n".join(rows))
            elif r < 0.97:
                art = refs._article(ckey)
                emit(f"> “{cap(rng.choice(CLAUSES))}.”\n>\n> — {name}, {ctx['date_text']}"
                     if rng.random() < 0.5 else
                     f"We recall the wording of Article {art['label']} ({lower_first(art['title'])}), which reads:\n\n"
                     f"> {art['quote']}")
            else:
                emit(f"~~{cap(rng.choice(CLAUSES))}.~~ {paragraph(rng, refs, ckey, name, ctx, 1)} "
                     f"More information is available at https://example.org/travaux/{ctx['stakeholder']}.")
    emit(rng.choice(["## Conclusion", "## Concluding remarks", "## CONCLUSION", "## Next steps"]))
    emit(f"{name} stands ready to continue working with all delegations towards a convention that is effective and "
         f"consistent with international human rights law. " + paragraph(rng, refs, None, name, ctx, rng.randint(1, 3)))
    if ctx["footnotes"]:
        emit("\n".join(f"[^{n}]: {footnote_text(rng, n, ctx)}" for n in range(1, ctx["footnotes"] + 1)))
    return "\n\n".join(out) + "\n", total


def make_positions(seed, count, stakeholders, drafts, sessions, indexes):
    rng = random.Random(f"{seed}:positions:{count}")
    first = drafts[0]["date"] + datetime.timedelta(days=3)
    last = sessions[-1]["end_date"] + datetime.timedelta(days=30)
    span = (last - first).days
    weights = [1.0 / (i + 1) ** 0.7 for i in range(len(stakeholders))]
    order = list(range(len(stakeholders)))
    rng.shuffle(order)
    used = {}
    positions = []
    for i in range(count):
        prng = random.Random(f"{seed}:position:{i}")
        s = stakeholders[order[prng.choices(range(len(stakeholders)), weights)[0]]]
        date = add_days(first, prng.randint(0, span))
        eligible = [d for d in drafts if d["date"] <= date]
        draft = eligible[-1] if prng.random() < 0.9 or len(eligible) == 1 else prng.choice(eligible[:-1])
        held = [x for x in sessions if x["start_date"] <= date]
        session = held[-1] if held else sessions[0]
        month_only = prng.random() < 0.35 and (date.year, date.month) > (draft["date"].year, draft["date"].month)
        date_text = f"{date.year:04d}-{date.month:02d}" if month_only else iso(date)
        kind = prng.choices(POSITION_KINDS, KIND_BY_STAKEHOLDER[s["kind"]])[0]
        base_id = f"{s['id']}-{date.year}-{date.month:02d}-{kind}"
        n = used.get(base_id, 0) + 1
        used[base_id] = n
        pid = base_id if n == 1 else f"{base_id}-{n}"
        ix = indexes[draft["id"]]
        refs = RefMaker(prng, ix)
        focus = prng.choice(ix["chapters"])
        title = prng.choice([
            f"{KIND_TITLE[kind]} by {s['short']} on the {lower_first(draft['title'])}",
            f"{KIND_TITLE[kind]} on {focus[1].lower()}",
            f"{s['short']}: {KIND_TITLE[kind].lower()} at the {lower_first(session['title'])}",
            f"{KIND_TITLE[kind]} on {prng.choice(TOPICS[focus[2]])}",
        ])
        target = min(3500, max(300, int(prng.lognormvariate(math.log(1000) - 0.1, 0.45))))
        ctx = {"session_title": lower_first(session["title"]), "draft_title": lower_first(draft["title"]),
               "stakeholder": s["id"], "date_text": long_date(date)}
        body, n_words = make_position_body(prng, refs, ix, s, draft, session, ctx, target)
        stances = []
        if prng.random() < 0.3:
            arts = prng.sample(ix["articles"], prng.randint(1, 4))
            for a in sorted(arts, key=lambda a: ix["articles"].index(a)):
                stance = prng.choice(["support", "oppose", "amend", "delete", "add", "concern", "neutral"])
                note = prng.choice([None, cap(prng.choice(CLAUSES)) + "."])
                stances.append((a["label"], stance, note))
        positions.append({"id": pid, "title": title, "stakeholder": s["id"], "date": date, "date_text": date_text,
                          "kind": kind, "draft": draft["id"], "session": session["id"], "body": body,
                          "stances": stances, "words": n_words})
    return positions


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------

SITE_TITLE = "Travaux benchmark: synthetic negotiation records"
BASE_URL = "https://example.org/travaux-bench/"
INSTRUMENT = "Draft Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes"


class Writer:
    def __init__(self):
        self.files = 0
        self.bytes = 0

    def write(self, path, text):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = text.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        self.files += 1
        self.bytes += len(data)


def front_matter(fields):
    lines = ["---"]
    for key, value in fields:
        if value is None:
            continue
        if isinstance(value, list):
            lines.append(f"{key}:")
            for item in value:
                first = True
                for k, v in item:
                    if v is None:
                        continue
                    lines.append(f"  {'- ' if first else '  '}{k}: {yaml_str(v)}")
                    first = False
        else:
            lines.append(f"{key}: {yaml_str(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def hugo_front_matter(title, date):
    return f"---\ntitle: {yaml_str(title)}\ndate: {iso(date)}\n---\n"


def session_body(s):
    return (f"**Dates:** {long_date(s['start_date'])} to {long_date(s['end_date'])}\n\n"
            f"**Place:** {s['place']}\n")


HUGO_CONFIG = """baseURL = "{base}"
languageCode = "en"
title = "{title}"
disableKinds = ["taxonomy", "term"]
enableRobotsTXT = false

[markup]
  defaultMarkdownHandler = "goldmark"
  [markup.goldmark.extensions]
    table = true
    strikethrough = true
    linkify = true
    taskList = true
    footnote = true
    definitionList = false
    typographer = false
  [markup.goldmark.renderer]
    unsafe = false
  [markup.goldmark.parser]
    autoHeadingID = true

[minify]
  minifyOutput = false
"""

HUGO_BASEOF = """<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} | {{ end }}{{ .Site.Title }}</title>
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
<main>
{{ block "main" . }}{{ end }}
</main>
</body>
</html>
"""

HUGO_SINGLE = """{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
{{ .Content }}
</article>
{{ end }}
"""

HUGO_LIST = """{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>
{{ end }}</ul>
{{ end }}
"""

HUGO_INDEX = """{{ define "main" }}
<h1>{{ .Site.Title }}</h1>
<h2>Sections</h2>
<ul>
{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ len .Pages }})</li>
{{ end }}</ul>
<h2>Latest documents</h2>
<ul>
{{ range first 20 (where .Site.RegularPages "Section" "positions").ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
{{ end }}
"""


def clear(path):
    if os.path.isdir(path):
        shutil.rmtree(path)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, required=True, help="about how many pages the site has (100, 1000, 10000)")
    ap.add_argument("--out", required=True, help="site folder: DIR/content/ is (re)written")
    ap.add_argument("--hugo", help="also write the same bodies as a Hugo site in this folder")
    ap.add_argument("--raw", help="also write the bodies alone as DIR3/<section>--<id>.md")
    ap.add_argument("--seed", default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    ap.add_argument("--languages", default="en",
                    help="the site's languages, the first the default (en,fr,es,ar,zh,ru): every draft is translated "
                         "into the others, and every third position is written in one of them (languages.py)")
    args = ap.parse_args(argv)
    site_languages = [code.strip() for code in args.languages.split(",") if code.strip()]
    unknown = [code for code in site_languages if code not in languages.LANGUAGES]
    if not site_languages or unknown or site_languages[0] != "en" or len(set(site_languages)) != len(site_languages):
        ap.error(f"--languages: start with en, then any of {', '.join(languages.LANGUAGES[1:])}, each once")
    others = site_languages[1:]

    counts = plan(args.pages)
    seed = f"{args.seed}"
    sessions = make_sessions(seed, counts["sessions"])
    drafts = build_drafts(seed, counts["drafts"], sessions)
    indexes = {d["id"]: draft_index(d) for d in drafts}
    stakeholders = make_stakeholders(seed, counts["stakeholders"])
    positions = make_positions(seed, counts["positions"], stakeholders, drafts, sessions, indexes)

    content = os.path.join(args.out, "content")
    clear(content)
    w = Writer()
    hw = Writer()
    rw = Writer()
    hugo_content = os.path.join(args.hugo, "content") if args.hugo else None
    if args.hugo:
        for sub in ("content", "layouts"):
            clear(os.path.join(args.hugo, sub))
        for sub in ("public", "resources"):
            clear(os.path.join(args.hugo, sub))
    if args.raw:
        clear(args.raw)

    def emit(section, ident, fm, body, title, date):
        w.write(os.path.join(content, section, ident + ".md"), fm + body)
        if args.hugo:
            hw.write(os.path.join(hugo_content, section, ident + ".md"), hugo_front_matter(title, date) + body)
        if args.raw:
            rw.write(os.path.join(args.raw, f"{section}--{ident}.md"), body)

    w.write(os.path.join(content, "site.yml"),
            f"title: {yaml_str(SITE_TITLE)}\n"
            f"base_url: {yaml_str(BASE_URL)}\n"
            + (f"languages: [{', '.join(site_languages)}]\n" if others else "language: \"en\"\n") +
            f"description: {yaml_str('Synthetic records of a treaty negotiation, generated for benchmarking (seed ' + seed + ', ' + str(args.pages) + ' pages). All names are fictional.')}\n"
            f"instrument: {yaml_str(INSTRUMENT)}\n"
            "external_instruments:\n"
            "  - \"Budapest Convention\"\n"
            "  - \"UNTOC\"\n"
            "  - \"UNCAC\"\n")

    lines = []
    for s in sessions:
        lines += [f"- id: {yaml_str(s['id'])}", f"  title: {yaml_str(s['title'])}", "  kind: \"session\"",
                  f"  start: \"{iso(s['start_date'])}\"", f"  end: \"{iso(s['end_date'])}\"", f"  place: {yaml_str(s['place'])}"]
    w.write(os.path.join(content, "sessions.yml"), "\n".join(lines) + "\n")
    for s in sessions:  # sessions have no Markdown file in Travaux; Hugo and cmark-gfm get a short page each
        if args.hugo:
            hw.write(os.path.join(hugo_content, "sessions", s["id"] + ".md"),
                     hugo_front_matter(s["title"], s["start_date"]) + session_body(s))
        if args.raw:
            rw.write(os.path.join(args.raw, f"sessions--{s['id']}.md"), session_body(s))

    first_date = sessions[0]["start_date"]
    for s in stakeholders:
        body = stakeholder_body(random.Random(f"{seed}:stakeholder-body:{s['id']}"), s)
        fm = front_matter([("name", s["name"]), ("short", s["short"]), ("kind", s["kind"])])
        emit("stakeholders", s["id"], fm, body, s["name"], first_date)

    draft_words = 0
    for d in drafts:
        body = render_draft(d)
        draft_words += words(body)
        fm = front_matter([("title", d["title"]), ("date", iso(d["date"])), ("symbol", d["symbol"]),
                           ("session", d["session"]), ("status", d["status"])])
        emit("drafts", d["id"], fm, body, d["title"], d["date"])
        for lang in others:
            translated_fm = front_matter([("title", languages.translate_text(lang, d["title"]))])
            w.write(os.path.join(content, "drafts", f"{d['id']}.{lang}.md"), translated_fm + languages.translate_draft(lang, body))

    position_words = 0
    for index, p in enumerate(positions):
        stances = [[("article", a), ("stance", st), ("note", note)] for a, st, note in p["stances"]] or None
        lang = others[(index // 3) % len(others)] if others and index % 3 == 2 else None
        if lang:  # written in another language: the original is in that language
            title, body = languages.translate_text(lang, p["title"]), languages.translate_markdown(lang, p["body"])
            fm = front_matter([("title", title), ("stakeholder", p["stakeholder"]), ("date", p["date_text"]),
                               ("kind", p["kind"]), ("draft", p["draft"]), ("session", p["session"]),
                               ("language", lang), ("stances", stances)])
            emit("positions", p["id"], fm, body, title, p["date"])
            position_words += words(body)
            continue
        fm = front_matter([("title", p["title"]), ("stakeholder", p["stakeholder"]), ("date", p["date_text"]),
                           ("kind", p["kind"]), ("draft", p["draft"]), ("session", p["session"]), ("stances", stances)])
        emit("positions", p["id"], fm, p["body"], p["title"], p["date"])
        position_words += words(p["body"])

    if args.hugo:
        hw.write(os.path.join(args.hugo, "config.toml"), HUGO_CONFIG.format(base=BASE_URL, title=SITE_TITLE))
        layouts = os.path.join(args.hugo, "layouts")
        hw.write(os.path.join(layouts, "_default", "baseof.html"), HUGO_BASEOF)
        hw.write(os.path.join(layouts, "_default", "single.html"), HUGO_SINGLE)
        hw.write(os.path.join(layouts, "_default", "list.html"), HUGO_LIST)
        hw.write(os.path.join(layouts, "index.html"), HUGO_INDEX)

    manifest = {
        "generator_version": GENERATOR_VERSION, "seed": seed, "pages_requested": args.pages,
        "counts": dict(counts, list_pages=LIST_PAGES,
                       total=counts["sessions"] + counts["drafts"] + counts["stakeholders"] + counts["positions"] + LIST_PAGES),
        "articles_per_draft": {d["id"]: len(d["articles"]) for d in drafts},
        "words": {"drafts": draft_words, "positions": position_words,
                  "position_average": round(position_words / max(1, len(positions)))},
        "content": {"files": w.files, "bytes": w.bytes},
    }
    if args.hugo:
        manifest["hugo"] = {"files": hw.files, "bytes": hw.bytes}
    if args.raw:
        manifest["raw"] = {"files": rw.files, "bytes": rw.bytes}
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, sort_keys=True)
        f.write("\n")
    c = manifest["counts"]
    print(f"generate.py: {c['total']} pages ({c['positions']} positions, {c['stakeholders']} stakeholders, "
          f"{c['drafts']} drafts, {c['sessions']} sessions, {LIST_PAGES} list pages); "
          f"{w.bytes / 1048576:.1f} MiB of content, {manifest['words']['position_average']} words per position",
          file=sys.stderr)


if __name__ == "__main__":
    main()
