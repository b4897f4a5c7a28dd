// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"
#include "cards/Card.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Club::Ui {

class WarrantyPanel;

// Warranties: find them by serial number, card number or member; register one for a line
// of a sale; log service events; list the ones that end soon. A warranty card tapped or
// swiped here (or anywhere, see MainWindow) shows its warranties and their history.
class WarrantyPage : public Page
{
    Q_OBJECT

public:
    explicit WarrantyPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    Core::Permission permission() const override { return Core::Permission::WarrantyRead; }
    void activate() override;
    bool takeCardPresentation(const Core::CardPresentation &presentation) override;

    WarrantyPanel *panel() const { return m_panel; }
    QLineEdit *searchInput() const { return m_search; }
    // The warranties of a card (a warranty card's own, another card's member's).
    void showCard(const Core::Card &card);

public Q_SLOTS:
    void search();
    void pickMember();
    void registerWarranty();
    void showExpiring();

private:
    void updateActions();

    QLineEdit *m_search;
    QSpinBox *m_days;
    QPushButton *m_register;
    QLabel *m_heading;
    WarrantyPanel *m_panel;
};

} // namespace Club::Ui
