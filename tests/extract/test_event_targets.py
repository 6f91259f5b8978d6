"""Whom an act touches: the recipient constructions of the twelfth events pass (withdrawals, restrictions,
support, concessions, requests, inquiries, threats, violence, access), most beside a sentence where the same
words name no recipient or another one."""

from __future__ import annotations

import pytest

from tests.extract.event_helpers import event_on

# (text, trigger word, the target's text or None), by kind of act.
WITHDRAWALS_RESTRICTIONS_SUPPORT_REQUESTS = [
    # What a withdrawal leaves is its recipient: "out of" as well as "from", for verbs and nouns, in the
    # passive too (the forces moved are the actor's own).
    ("Ethiopian troops pulled out of the town of Axum on Friday.", "pulled", "Axum"),
    ("Syrian forces completed their withdrawal from Lebanon.", "withdrawal", "Lebanon"),
    ("The last Cuban troops were pulled out of Angola in May.", "pulled", "Angola"),
    ("Israeli forces pulled out of the Balata refugee camp after a raid.", "pulled", "the Balata refugee camp"),
    ("The Arab League pulled its monitors out of Yemen.", "pulled", "Yemen"),
    ("The rebels pulled out of the talks with the government.", "pulled", "the government"),
    # Whoever is pulled out moves, whatever the type the statement gives the withdrawal; a release is of
    # whom it frees.
    ("The UN said it would withdraw its monitors and aid workers from Darfur.", "withdraw", "Darfur"),
    ("Britain pulled 200 diplomats out of Moscow.", "pulled", "Moscow"),
    ("The militia released ten hostages from a camp near Goma.", "released", "ten hostages"),
    # A withdrawal that names no place stays without a recipient.
    ("The army retreated on Sunday.", "retreated", None),
    # A ban, embargo or sanctions fall on whom they are "on", wherever the parser hangs the "on".
    ("The junta lifted a ban on two independent newspapers.", "lifted", "two independent newspapers"),
    ("Sanctions were imposed on Burma's military leaders by the European Union.", "imposed",
     "Burma's military leaders"),
    # A ban on an activity has no party to fall on: the ban stays what is acted on.
    ("The city lifted its ban on street parking.", "lifted", "its ban"),
    # Support goes to whom it is "for" or "behind"; a supported plan is its author's.
    ("The opposition threw its weight behind the striking nurses.", "threw", "the striking nurses"),
    ("Egypt voiced its backing for Sudan's bid.", "backing", "Sudan"),
    ("Jordan lent its support to Abbas's plan.", "support", "Abbas"),
    # An apology's "for" gives the reason, not the party addressed.
    ("The minister offered an apology for the delays.", "apology", None),
    ("The airline apologised for any inconvenience caused to passengers.", "apologised", None),
    # A concession is made to the party behind the demands it yields to; an amnesty to those it covers.
    ("The president bowed to opposition demands on Monday.", "bowed", "opposition"),
    ("The government announced an amnesty for political prisoners.", "amnesty", "political prisoners"),
    # A request is made to whom one asks, before whom the act asked for touches; one's own people too.
    ("The bishop pleaded with the governor to spare a prisoner.", "pleaded", "the governor"),
    ("Britain urged its citizens in Lebanon to leave the country.", "urged", "its citizens"),
    ("The mediators urged the two sides to return to talks.", "urged", "the two sides"),
    # An inquiry is into its subject; criticism is "at" whom it is aimed.
    ("Prosecutors opened an investigation into former president Alberto Fujimori.", "investigation",
     "former president Alberto Fujimori"),
    ("State media lashed out at the Dalai Lama.", "lashed", "the Dalai Lama"),
    # Fire is set to what burns.
    ("Rioters set fire to shops in the market.", "set", "shops"),
]
PARTIES_NAMED_BY_A_MODIFIER = [
    # A body named as the modifier of what it wants is the party behind it, but a party noun that only
    # names a kind of thing is not ("bank records", "the parliament building").
    ("The army rejected opposition demands for a new vote.", "rejected", "opposition"),
    ("Investigators shared bank records with their Swiss counterparts.", "shared", "their Swiss counterparts"),
    ("Students staged a sit-in outside the parliament building.", "sit-in", "the parliament building"),
]
THREATS_MEDIATION_PLEDGES = [
    # A threat told as what the threatener itself would do falls on whom that act does, else on the one
    # whose act is its condition; a party warned is named first.
    ("Pyongyang warned it would turn Tokyo into ashes.", "warned", "Tokyo"),
    ("The kidnappers warned that they would kill the engineers unless a ransom was paid.", "warned",
     "the engineers"),
    ("Beijing warned that it would take all necessary measures if Manila moved troops to the shoal.",
     "warned", "Manila"),
    ("Israel warned Hezbollah that it would respond.", "warned", "Hezbollah"),
    # Revenge vowed falls on whom it is "against" or "on"; the wrong it is "for" is its reason.
    ("The militants vowed revenge for the killing of their leader.", "vowed", None),
    ("Hezbollah vowed retaliation against Israel.", "vowed", "Israel"),
    # A third party offering to mediate acts between the two sides; fighting between places is no mediation.
    ("Qatar offered to mediate between the two warring factions.", "mediate", "the two warring factions"),
    ("The rebels fought between the two villages.", "fought", None),
    # What is given "for" a party goes to it.
    ("Germany pledged 200 million euros in aid for Syria.", "pledged", "Syria"),
]
VIOLENCE_ACCESS_CONCESSIONS = [
    # A verb licensed by its particle still acts on its object; a bomber who blows himself up is no target.
    ("Gunmen gunned down dozens of villagers at a market.", "gunned", "villagers"),
    ("A suicide bomber blew himself up at a mosque in Quetta, killing 12 worshippers.", "blew", "12 worshippers"),
    ("A suicide bomber blew himself up among mourners at a funeral.", "blew", "mourners"),
    # Those who surrender are no target; whom they surrender to is.
    ("Forty rebels gave themselves up to the army on Sunday.", "gave", "the army"),
    # A weapon is used on whom its purpose clause or aim names; a purpose that names no party names no target.
    ("Riot police fired tear gas to disperse hundreds of students.", "fired", "students"),
    ("Insurgents detonated an IED targeting an army convoy.", "detonated", "an army convoy"),
    ("Police fired tear gas to clear the road.", "fired", None),
    # A weapon fired, dropped or thrown, and tyres burned, are the means; with no one named they touch no one.
    # A clause of time ("before ...") is not what the act is for. A weapon destroyed or defused is acted on.
    ("Fighter jets dropped bombs before a helicopter gunship fired on people fleeing.", "dropped", None),
    ("Protesters burned tyres and blocked roads in Kisumu.", "burned", None),
    ("Hamas fired 50 rockets at Israel.", "fired", "Israel"),
    ("Saudi air defences intercepted and destroyed drones launched by the Houthis.", "destroyed", "drones"),
    ("Bomb disposal experts defused an IED planted on the highway.", "defused", "an IED"),
    # The parser hangs the "on" of "an attack by X on Y" on the attackers.
    ("Troops repelled an attack by militants on a police station in Borno.", "attack", "a police station"),
    # A passive with no subject of its own is done to the subject of the verb it modifies.
    ("The activist died after being beaten by prison guards.", "beaten", "The activist"),
    # Who is let in is the recipient of access, however the parser reads the clause.
    ("The authorities allowed a convoy of Red Cross trucks to enter the city.", "allowed", "Red Cross"),
    # Withdrawing a demand that a party act relieves that party.
    ("The government withdrew its demand that the rebels disarm first.", "withdrew", "the rebels"),
    ("The president bowed to pressure from foreign donors.", "bowed", "foreign donors"),
]

# Aid reaches whom it is given to, not the goods; talks are held with someone, not about a topic.
AID_AND_TALKS = [
    ("The agency trucked rice and blankets into the besieged town of Madaya.", "trucked", "Madaya"),
    ("The fund handed over 12 ambulances and a shipment of medicines to the health ministry.", "handed",
     "the health ministry"),
    ("The government distributed relief cheques among the families of the miners.", "distributed",
     "the families of the miners"),
    ("The minister discussed the drought in a phone call with his Kenyan counterpart.", "discussed",
     "his Kenyan counterpart"),
    ("The two presidents discussed the border dispute by telephone.", "discussed", None),  # both act, none receives
    ("The envoy met the rebel commander in Goma to discuss a truce.", "discuss", "the rebel commander"),
    ("The mayor met representatives of the taxi drivers on Monday.", "met", "representatives of the taxi drivers"),
]

# What is rejected is the proposal of whoever put it forward; an official protest is lodged with someone.
PROPOSERS_AND_PROTESTS = [
    ("The rebels rejected the peace plan put forward by Qatar.", "rejected", "Qatar"),
    ("The governor vetoed the budget passed by the assembly.", "vetoed", "the assembly"),
    ("Romania protested to Hungary over the remarks of its foreign minister.", "protested", "Hungary"),
]


# A curfew or ban falls on a city or the press too; support expressed goes to whom it is for or with; a
# concession to demands is made to whoever demanded.
CURFEWS_SOLIDARITY_DEMANDS = [
    ("The army imposed a curfew on the northern city of Kano.", "imposed", "the northern city of Kano"),
    ("The government ended its ban on the foreign press.", "ended", "the foreign press"),
    ("The ministry expressed solidarity with the striking teachers.", "expressed", "the striking teachers"),
    ("Moscow threw its support behind the Serbian government.", "support", "the Serbian government"),
    ("The president gave in to demands from striking miners.", "gave", "striking miners"),
]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    WITHDRAWALS_RESTRICTIONS_SUPPORT_REQUESTS + PARTIES_NAMED_BY_A_MODIFIER + THREATS_MEDIATION_PLEDGES
    + VIOLENCE_ACCESS_CONCESSIONS + AID_AND_TALKS + PROPOSERS_AND_PROTESTS + CURFEWS_SOLIDARITY_DEMANDS,
)
def test_whom_an_act_touches(nlp, text: str, trigger: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    event = event_on(nlp, text, trigger)
    assert (event.target.text if event.target else None) == target
