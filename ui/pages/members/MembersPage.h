// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Club::Ui {

class MemberSearchModel;
class MemberView;

// Members: search as you type (name, mobile, national code or a full card number, digits
// of any script), register a member (Ctrl+N), and the member view (Enter on a result).
class MembersPage : public Page
{
    Q_OBJECT

public:
    explicit MembersPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    Core::Permission permission() const override { return Core::Permission::MemberRead; }
    void activate() override;

    MemberSearchModel *searchModel() const { return m_model; }
    MemberView *memberView() const { return m_view; }
    bool isShowingMember() const;

public Q_SLOTS:
    void openMember(qint64 memberId);
    void focusSearch();
    void newMember();
    // Runs the search for what is typed now, without waiting for the typing to pause.
    void searchNow();
    void reloadSegments();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void searchEntered();
    void openSelected();

    MemberSearchModel *m_model;
    QStackedWidget *m_stack;
    QWidget *m_searchPage;
    QLineEdit *m_search;
    QCheckBox *m_includeInactive;
    QComboBox *m_segment; // filters the list by a saved segment
    QPushButton *m_new;
    QTableView *m_results;
    QLabel *m_status;
    QTimer *m_debounce;
    MemberView *m_view;
};

} // namespace Club::Ui
