// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "members/Member.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Club::Ui {

class MemberSearchModel;
class UiContext;

// Finds one member by name, mobile, national code or card number (a referrer, a family
// head). Search as you type; Enter takes the only or selected result.
class MemberPickerDialog : public QDialog
{
    Q_OBJECT

public:
    MemberPickerDialog(UiContext &context, const QString &title, QWidget *parent = nullptr);

    // nullopt when cancelled. excludeId (the member being edited) is never offered.
    static std::optional<Core::MemberSummary>
    pick(UiContext &context, const QString &title, QWidget *parent, qint64 excludeId = 0);

    void setExcludedId(qint64 memberId) { m_excludeId = memberId; }
    void setQuery(const QString &query);
    // Runs the pending search now (the dialog otherwise waits for the typing to pause).
    void searchNow();
    // The selected member, or the only result.
    std::optional<Core::MemberSummary> chosen() const;

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    UiContext &m_context;
    MemberSearchModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_status;
    QTimer *m_debounce;
    qint64 m_excludeId = 0;
};

} // namespace Club::Ui
