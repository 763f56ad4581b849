"""Demo data for trying the desk out: patrons, partner libraries in nine countries, and
requests in every state over three years (``illdesk --demo``, ``illdesk demo-data``)."""
