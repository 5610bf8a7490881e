"""How long a truce or ceasefire lasts or is proposed to last, in days (compared only within one event)."""

from checker.rule import Example, Metric, Pattern, Rule

_TRUCE = r"(?:truce|ceasefire|cease-fire|pause|lull|halt in (?:the )?fighting|humanitarian pause)"

RULE = Rule(
    code="TRU",
    name="truce-duration",
    summary="The length of a truce or ceasefire, proposed or agreed.",
    metrics=(
        Metric("truce.duration", "day", "per_event", "Days a truce lasts or is proposed to last."),
    ),
    patterns=(
        Pattern(r"{duration} (?:\w+ ){0,2}?" + _TRUCE, "truce.duration", scope="proposal",
                requires=r"propos|plan|offer|framework|draft"),
        Pattern(r"{duration} (?:\w+ ){0,2}?" + _TRUCE, "truce.duration"),
        Pattern(_TRUCE + r"[^.;]{0,40}?(?:lasting|last|of|for|extended by|extension of)\s+(?:up to |another )?{duration}",
                "truce.duration"),
    ),
    examples=(
        Example("The 60-day truce proposal includes provisions for a phased Israeli withdrawal.",
                (("truce.duration", "60-day truce", 60, 60),)),
        Example("This proposed truce, potentially lasting 135 days, follows a precedent set in November.",
                (("truce.duration", "truce, potentially lasting 135 days", 135, 135),)),
        Example("Israel and Hamas agreed to extend the truce by 48 hours, Qatar’s foreign ministry said.",
                ()),
        Example("The seven-day pause in November saw 105 hostages freed.",
                (("truce.duration", "seven-day pause", 7, 7),)),
        Example("Over the past 48 hours, mediators have intensified their efforts toward a fragile truce."),
        Example("Israel had lifted the 17-year siege only in part."),
    ),
)
