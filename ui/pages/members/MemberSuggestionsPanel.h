// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recommend/Suggestion.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QListWidget;

namespace Club::Ui {

class UiContext;

// What to offer the member now (Recommender) and the points that expire in the next 30
// days, in the operator's words. MemberView shows it and reloads it with the balance.
class MemberSuggestionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MemberSuggestionsPanel(UiContext &context, QWidget *parent = nullptr);

    void showMember(qint64 memberId);
    void reload();

    // One suggestion as a sentence; also for the sales desk, which shows the same list.
    static QString describe(UiContext &context, const Core::Suggestion &suggestion);
    QStringList suggestionTexts() const;
    QString expiringText() const;

private:
    UiContext &m_context;
    qint64 m_memberId = -1;
    QGroupBox *m_suggestionsBox;
    QListWidget *m_list;
    QGroupBox *m_expiringBox;
    QLabel *m_expiring;
};

} // namespace Club::Ui
