"""Forms made in Qt Designer, compiled: do not edit these modules.

The sources are ``forms/*.ui`` at the top of the repository; ``tools/compile_forms.py``
turns each ``forms/NAME.ui`` into ``ui_NAME.py`` here (``pyside6-uic``), and
``tests/ui/test_forms.py`` fails when one is stale.  Each form's class in ``illdesk/ui``
(e.g. ``partners.partner_form.PartnerForm``) calls ``setupUi`` and keeps the validation,
the choices filled from data, and the wiring to the services beside it in Python.
"""
