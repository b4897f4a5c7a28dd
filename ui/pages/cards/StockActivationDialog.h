// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/CardStock.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;
class QWidget;

namespace Club::Ui {

class FieldErrors;
class MemberSearchModel;
class UiContext;

// The first use of a pre-printed stock card at the desk: a short registration that binds
// it to an existing member (search) or to a new one (name and mobile), then activates it.
// The card is then the member's like any issued card; a gift card's preloaded value
// becomes the member's stored value. A refusal leaves everything as it was.
class StockActivationDialog : public QDialog
{
    Q_OBJECT

public:
    StockActivationDialog(UiContext &context,
                          const Core::StockCard &card,
                          const QString &chipUid,
                          QWidget *parent = nullptr);

    // The desk's answer to a presented card that may be a pre-printed stock card: nullopt
    // when it is not one waiting for activation (identify it as usual); otherwise the
    // activation dialog was shown, or the refusal said, and the value is the member the card
    // now belongs to (kNoId when refused or cancelled).
    static std::optional<qint64> offer(UiContext &context, const Core::CardPresentation &presentation, QWidget *parent);

    // After accept(): what was activated.
    const std::optional<Core::StockActivationResult> &activation() const { return m_result; }
    FieldErrors *errors() const { return m_errors; }

public Q_SLOTS:
    bool activateCard();

private:
    void searchMembers();
    void refreshMode();

    UiContext &m_context;
    Core::StockCard m_card;
    QString m_chipUid;
    QRadioButton *m_existing;
    QRadioButton *m_new;
    QWidget *m_existingBox;
    QWidget *m_newBox;
    QLineEdit *m_search;
    MemberSearchModel *m_members;
    QTableView *m_results;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_mobile;
    FieldErrors *m_errors;
    QPushButton *m_activate;
    std::optional<Core::StockActivationResult> m_result;
};

} // namespace Club::Ui
