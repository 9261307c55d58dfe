"""Documents given to people: the privacy notice and the access-request PDF, in the language
chosen for each. Qt-free: their texts live in resources/documents/<lang>.json."""
