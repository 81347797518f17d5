"""A currency's hundredth by its names ("cents", "øre", "paise", "копеек") and the
currencies that have it under that name: "20 centavos" is 0.20 PHP, and a rule may
compare a price in øre with one in NOK."""

from __future__ import annotations

from factcheck.text.numbers import ISO_CURRENCIES

# A currency's hundredth and the currencies that have it under that name
SUBUNITS: dict[str, frozenset[str]] = {
    # "cents" of the dollars, the euro, the rand, the shilling...; not of the pound (pence)
    **dict.fromkeys(("cent", "cents", "¢", "c"), frozenset(ISO_CURRENCIES) - {
        "GBP", "JPY", "KRW", "INR", "PKR", "RUB", "UAH", "CNY", "RMB", "VND", "IDR", "ISK",
        "CLP", "HUF", "TRY", "PLN", "SEK", "NOK", "DKK", "CZK", "CHF", "PHP", "MXN", "BRL"}),
    **dict.fromkeys(("centavo", "centavos"), frozenset(
        {"PHP", "MXN", "BRL", "ARS", "COP", "CLP", "CUP", "DOP", "GTQ", "HNL", "NIO", "BOB",
         "PYG", "UYU", "CVE", "MZN", "AOA", "USD"})),
    **dict.fromkeys(("céntimo", "céntimos", "centimo", "centimos"), frozenset(
        {"EUR", "PEN", "VES", "CRC", "PYG"})),
    **dict.fromkeys(("centime", "centimes"), frozenset({"EUR", "CHF", "XOF", "XAF", "MAD"})),
    **dict.fromkeys(("p", "pence", "penny", "pennies"), frozenset({"GBP"})),
    **dict.fromkeys(("paise", "paisa"), frozenset({"INR", "PKR", "NPR", "BDT"})),
    **dict.fromkeys(("kopeck", "kopecks", "kopek", "kopeks", "копеек", "копейки", "копейка",
                     "копійок", "копійки", "копійка"), frozenset({"RUB", "UAH", "BYN"})),
    **dict.fromkeys(("öre", "øre"), frozenset({"SEK", "NOK", "DKK"})),
    **dict.fromkeys(("rappen",), frozenset({"CHF"})),
    **dict.fromkeys(("sen",), frozenset({"MYR", "IDR", "JPY"})),
    **dict.fromkeys(("grosz", "grosze", "groszy"), frozenset({"PLN"})),
    **dict.fromkeys(("halala", "halalas"), frozenset({"SAR"})),
    **dict.fromkeys(("fils",), frozenset({"AED", "KWD", "BHD", "JOD", "IQD"})),
    **dict.fromkeys(("kobo",), frozenset({"NGN"})),
    **dict.fromkeys(("santim", "santims", "satang"), frozenset({"THB"})),
}


def hundredth_of(subunit: str, currency: str) -> bool:
    """Whether ``subunit`` ("øre") names a hundredth of ``currency`` ("NOK")."""
    return currency.upper() in SUBUNITS.get(subunit.lower(), ())
