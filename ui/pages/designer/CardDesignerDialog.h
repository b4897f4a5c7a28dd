// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/Card.h"
#include "printing/CardLayout.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabBar;
class QToolButton;

namespace Club::Ui {

class CardPreview;
class UiContext;

// The printed design of one card type: both sides, their elements and where each sits, a
// live preview with the stripe band shaded, and the problems a printer would show up
// (an element on the stripe or off the card). Saves to CardTemplateService. Everything
// about geometry, bindings and JSON is Devices::CardLayout's; this is only its editor.
class CardDesignerDialog : public QDialog
{
    Q_OBJECT

public:
    CardDesignerDialog(UiContext &context, const Core::CardType &type, QWidget *parent = nullptr);

    // Opens the designer for the type and runs it until closed.
    static void design(UiContext &context, const Core::CardType &type, QWidget *parent);

    const Devices::CardLayout &layout() const { return m_layout; }
    bool isModified() const { return m_modified; }

    // For tests: the next "Print to PDF…" writes to this file instead of asking for one.
    void setNextPdfPath(const QString &path) { m_nextPdfPath = path; }

public Q_SLOTS:
    bool save();
    void previewPrint();
    bool printToPdf();
    void reject() override;

private:
    void buildUi();
    void load();
    Devices::CardSide side() const;
    Devices::CardElement *current();
    void refreshList(int select);
    void refreshPreview();
    void refreshForm();
    void refreshIssues();
    void markModified();
    void addElement(Devices::CardElement::Kind kind, Devices::CardElement::Symbology symbology);
    void removeElement();
    void moveElement(int step);
    void applyForm();
    void chooseColor();
    void chooseImage();
    void chooseBackgroundColor();
    void chooseBackgroundImage();
    void showWithCard();
    QString elementName(const Devices::CardElement &element) const;
    QString fieldLabel(const QString &field) const;
    Devices::CardFields sampleFields() const;

    UiContext &m_context;
    Core::CardType m_type;
    Devices::CardLayout m_layout;
    Devices::CardFields m_fields;
    bool m_modified = false;
    bool m_updating = false;
    QString m_nextPdfPath;

    QTabBar *m_sides;
    CardPreview *m_preview;
    QLabel *m_issues;
    QListWidget *m_elements;
    QToolButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QFormLayout *m_form;
    QDoubleSpinBox *m_x;
    QDoubleSpinBox *m_y;
    QDoubleSpinBox *m_w;
    QDoubleSpinBox *m_h;
    QComboBox *m_binding;
    QLineEdit *m_text;
    QDoubleSpinBox *m_fontSize;
    QCheckBox *m_bold;
    QComboBox *m_alignment;
    QPushButton *m_color;
    QComboBox *m_symbology;
    QPushButton *m_image;
    QPushButton *m_background;
    QPushButton *m_backgroundImage;
    QPushButton *m_clearBackgroundImage;
    QLineEdit *m_sampleCard;
    QLabel *m_sampleStatus;
};

} // namespace Club::Ui
