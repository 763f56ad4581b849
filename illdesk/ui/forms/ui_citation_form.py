# Compiled from forms/citation_form.ui by tools/compile_forms.py: edit the .ui, not this file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'citation_form.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QWidget)

class Ui_CitationForm(object):
    def setupUi(self, CitationForm: QWidget) -> None:
        if not CitationForm.objectName():
            CitationForm.setObjectName(u"CitationForm")
        self.citation_rows = QFormLayout(CitationForm)
        self.citation_rows.setObjectName(u"citation_rows")
        self.citation_rows.setContentsMargins(0, 0, 0, 0)
        self.label_service_type = QLabel(CitationForm)
        self.label_service_type.setObjectName(u"label_service_type")

        self.citation_rows.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_service_type)

        self.service_type = QComboBox(CitationForm)
        self.service_type.setObjectName(u"service_type")

        self.citation_rows.setWidget(0, QFormLayout.ItemRole.FieldRole, self.service_type)

        self.label_openurl = QLabel(CitationForm)
        self.label_openurl.setObjectName(u"label_openurl")

        self.citation_rows.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_openurl)

        self.openurl = QLineEdit(CitationForm)
        self.openurl.setObjectName(u"openurl")

        self.citation_rows.setWidget(1, QFormLayout.ItemRole.FieldRole, self.openurl)

        self.label_title = QLabel(CitationForm)
        self.label_title.setObjectName(u"label_title")

        self.citation_rows.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_title)

        self.title = QLineEdit(CitationForm)
        self.title.setObjectName(u"title")

        self.citation_rows.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title)

        self.label_author = QLabel(CitationForm)
        self.label_author.setObjectName(u"label_author")

        self.citation_rows.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_author)

        self.author = QLineEdit(CitationForm)
        self.author.setObjectName(u"author")

        self.citation_rows.setWidget(3, QFormLayout.ItemRole.FieldRole, self.author)

        self.label_isbn = QLabel(CitationForm)
        self.label_isbn.setObjectName(u"label_isbn")

        self.citation_rows.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_isbn)

        self.isbn = QLineEdit(CitationForm)
        self.isbn.setObjectName(u"isbn")

        self.citation_rows.setWidget(4, QFormLayout.ItemRole.FieldRole, self.isbn)

        self.label_oclc_number = QLabel(CitationForm)
        self.label_oclc_number.setObjectName(u"label_oclc_number")

        self.citation_rows.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_oclc_number)

        self.oclc_number = QLineEdit(CitationForm)
        self.oclc_number.setObjectName(u"oclc_number")

        self.citation_rows.setWidget(5, QFormLayout.ItemRole.FieldRole, self.oclc_number)

        self.label_edition = QLabel(CitationForm)
        self.label_edition.setObjectName(u"label_edition")

        self.citation_rows.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_edition)

        self.edition = QLineEdit(CitationForm)
        self.edition.setObjectName(u"edition")

        self.citation_rows.setWidget(6, QFormLayout.ItemRole.FieldRole, self.edition)

        self.label_publisher = QLabel(CitationForm)
        self.label_publisher.setObjectName(u"label_publisher")

        self.citation_rows.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_publisher)

        self.publisher = QLineEdit(CitationForm)
        self.publisher.setObjectName(u"publisher")

        self.citation_rows.setWidget(7, QFormLayout.ItemRole.FieldRole, self.publisher)

        self.label_year = QLabel(CitationForm)
        self.label_year.setObjectName(u"label_year")

        self.citation_rows.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_year)

        self.year = QLineEdit(CitationForm)
        self.year.setObjectName(u"year")

        self.citation_rows.setWidget(8, QFormLayout.ItemRole.FieldRole, self.year)

        self.label_article_title = QLabel(CitationForm)
        self.label_article_title.setObjectName(u"label_article_title")

        self.citation_rows.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_article_title)

        self.article_title = QLineEdit(CitationForm)
        self.article_title.setObjectName(u"article_title")

        self.citation_rows.setWidget(9, QFormLayout.ItemRole.FieldRole, self.article_title)

        self.label_journal = QLabel(CitationForm)
        self.label_journal.setObjectName(u"label_journal")

        self.citation_rows.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label_journal)

        self.journal = QLineEdit(CitationForm)
        self.journal.setObjectName(u"journal")

        self.citation_rows.setWidget(10, QFormLayout.ItemRole.FieldRole, self.journal)

        self.label_issn = QLabel(CitationForm)
        self.label_issn.setObjectName(u"label_issn")

        self.citation_rows.setWidget(11, QFormLayout.ItemRole.LabelRole, self.label_issn)

        self.issn = QLineEdit(CitationForm)
        self.issn.setObjectName(u"issn")

        self.citation_rows.setWidget(11, QFormLayout.ItemRole.FieldRole, self.issn)

        self.label_volume = QLabel(CitationForm)
        self.label_volume.setObjectName(u"label_volume")

        self.citation_rows.setWidget(12, QFormLayout.ItemRole.LabelRole, self.label_volume)

        self.volume = QLineEdit(CitationForm)
        self.volume.setObjectName(u"volume")

        self.citation_rows.setWidget(12, QFormLayout.ItemRole.FieldRole, self.volume)

        self.label_issue = QLabel(CitationForm)
        self.label_issue.setObjectName(u"label_issue")

        self.citation_rows.setWidget(13, QFormLayout.ItemRole.LabelRole, self.label_issue)

        self.issue = QLineEdit(CitationForm)
        self.issue.setObjectName(u"issue")

        self.citation_rows.setWidget(13, QFormLayout.ItemRole.FieldRole, self.issue)

        self.label_pages = QLabel(CitationForm)
        self.label_pages.setObjectName(u"label_pages")

        self.citation_rows.setWidget(14, QFormLayout.ItemRole.LabelRole, self.label_pages)

        self.pages = QLineEdit(CitationForm)
        self.pages.setObjectName(u"pages")

        self.citation_rows.setWidget(14, QFormLayout.ItemRole.FieldRole, self.pages)

        self.label_doi = QLabel(CitationForm)
        self.label_doi.setObjectName(u"label_doi")

        self.citation_rows.setWidget(15, QFormLayout.ItemRole.LabelRole, self.label_doi)

        self.doi = QLineEdit(CitationForm)
        self.doi.setObjectName(u"doi")

        self.citation_rows.setWidget(15, QFormLayout.ItemRole.FieldRole, self.doi)

#if QT_CONFIG(shortcut)
        self.label_service_type.setBuddy(self.service_type)
        self.label_openurl.setBuddy(self.openurl)
        self.label_title.setBuddy(self.title)
        self.label_author.setBuddy(self.author)
        self.label_isbn.setBuddy(self.isbn)
        self.label_oclc_number.setBuddy(self.oclc_number)
        self.label_edition.setBuddy(self.edition)
        self.label_publisher.setBuddy(self.publisher)
        self.label_year.setBuddy(self.year)
        self.label_article_title.setBuddy(self.article_title)
        self.label_journal.setBuddy(self.journal)
        self.label_issn.setBuddy(self.issn)
        self.label_volume.setBuddy(self.volume)
        self.label_issue.setBuddy(self.issue)
        self.label_pages.setBuddy(self.pages)
        self.label_doi.setBuddy(self.doi)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.service_type, self.openurl)
        QWidget.setTabOrder(self.openurl, self.title)
        QWidget.setTabOrder(self.title, self.author)
        QWidget.setTabOrder(self.author, self.isbn)
        QWidget.setTabOrder(self.isbn, self.oclc_number)
        QWidget.setTabOrder(self.oclc_number, self.edition)
        QWidget.setTabOrder(self.edition, self.publisher)
        QWidget.setTabOrder(self.publisher, self.year)
        QWidget.setTabOrder(self.year, self.article_title)
        QWidget.setTabOrder(self.article_title, self.journal)
        QWidget.setTabOrder(self.journal, self.issn)
        QWidget.setTabOrder(self.issn, self.volume)
        QWidget.setTabOrder(self.volume, self.issue)
        QWidget.setTabOrder(self.issue, self.pages)
        QWidget.setTabOrder(self.pages, self.doi)

        self.retranslateUi(CitationForm)

        QMetaObject.connectSlotsByName(CitationForm)
    # setupUi

    def retranslateUi(self, CitationForm: QWidget) -> None:
        self.label_service_type.setText(QCoreApplication.translate("CitationForm", u"Service", None))
#if QT_CONFIG(accessibility)
        self.service_type.setAccessibleName(QCoreApplication.translate("CitationForm", u"Service", None))
#endif // QT_CONFIG(accessibility)
        self.label_openurl.setText(QCoreApplication.translate("CitationForm", u"OpenURL", None))
#if QT_CONFIG(accessibility)
        self.openurl.setAccessibleName(QCoreApplication.translate("CitationForm", u"OpenURL", None))
#endif // QT_CONFIG(accessibility)
        self.openurl.setPlaceholderText(QCoreApplication.translate("CitationForm", u"Paste an OpenURL from the link resolver\u2026", None))
        self.label_title.setText(QCoreApplication.translate("CitationForm", u"Title", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("CitationForm", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.label_author.setText(QCoreApplication.translate("CitationForm", u"Author", None))
#if QT_CONFIG(accessibility)
        self.author.setAccessibleName(QCoreApplication.translate("CitationForm", u"Author", None))
#endif // QT_CONFIG(accessibility)
        self.label_isbn.setText(QCoreApplication.translate("CitationForm", u"ISBN", None))
#if QT_CONFIG(accessibility)
        self.isbn.setAccessibleName(QCoreApplication.translate("CitationForm", u"ISBN", None))
#endif // QT_CONFIG(accessibility)
        self.label_oclc_number.setText(QCoreApplication.translate("CitationForm", u"OCLC number", None))
#if QT_CONFIG(accessibility)
        self.oclc_number.setAccessibleName(QCoreApplication.translate("CitationForm", u"OCLC number", None))
#endif // QT_CONFIG(accessibility)
        self.label_edition.setText(QCoreApplication.translate("CitationForm", u"Edition", None))
#if QT_CONFIG(accessibility)
        self.edition.setAccessibleName(QCoreApplication.translate("CitationForm", u"Edition", None))
#endif // QT_CONFIG(accessibility)
        self.label_publisher.setText(QCoreApplication.translate("CitationForm", u"Publisher", None))
#if QT_CONFIG(accessibility)
        self.publisher.setAccessibleName(QCoreApplication.translate("CitationForm", u"Publisher", None))
#endif // QT_CONFIG(accessibility)
        self.label_year.setText(QCoreApplication.translate("CitationForm", u"Year", None))
#if QT_CONFIG(accessibility)
        self.year.setAccessibleName(QCoreApplication.translate("CitationForm", u"Year", None))
#endif // QT_CONFIG(accessibility)
        self.label_article_title.setText(QCoreApplication.translate("CitationForm", u"Article title", None))
#if QT_CONFIG(accessibility)
        self.article_title.setAccessibleName(QCoreApplication.translate("CitationForm", u"Article title", None))
#endif // QT_CONFIG(accessibility)
        self.label_journal.setText(QCoreApplication.translate("CitationForm", u"Journal", None))
#if QT_CONFIG(accessibility)
        self.journal.setAccessibleName(QCoreApplication.translate("CitationForm", u"Journal", None))
#endif // QT_CONFIG(accessibility)
        self.label_issn.setText(QCoreApplication.translate("CitationForm", u"ISSN", None))
#if QT_CONFIG(accessibility)
        self.issn.setAccessibleName(QCoreApplication.translate("CitationForm", u"ISSN", None))
#endif // QT_CONFIG(accessibility)
        self.label_volume.setText(QCoreApplication.translate("CitationForm", u"Volume", None))
#if QT_CONFIG(accessibility)
        self.volume.setAccessibleName(QCoreApplication.translate("CitationForm", u"Volume", None))
#endif // QT_CONFIG(accessibility)
        self.label_issue.setText(QCoreApplication.translate("CitationForm", u"Issue", None))
#if QT_CONFIG(accessibility)
        self.issue.setAccessibleName(QCoreApplication.translate("CitationForm", u"Issue", None))
#endif // QT_CONFIG(accessibility)
        self.label_pages.setText(QCoreApplication.translate("CitationForm", u"Pages", None))
#if QT_CONFIG(accessibility)
        self.pages.setAccessibleName(QCoreApplication.translate("CitationForm", u"Pages", None))
#endif // QT_CONFIG(accessibility)
        self.label_doi.setText(QCoreApplication.translate("CitationForm", u"DOI", None))
#if QT_CONFIG(accessibility)
        self.doi.setAccessibleName(QCoreApplication.translate("CitationForm", u"DOI", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

