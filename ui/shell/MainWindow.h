// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include "cards/Card.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace Club::Ui {

class Page;
class UiContext;

// One window: a side bar of pages (only those the operator's role may use) and the page
// in front. Ctrl+1…Ctrl+9 switch pages, F3 or Ctrl+F goes to the member search. The
// status bar shows who is logged in, at which branch, in which store.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(UiContext &context, QWidget *parent = nullptr);

    // The window with every page, as the app and the UI tests use it.
    static MainWindow *create(UiContext &context);

    // Takes the page when the operator may use it (and returns true); otherwise deletes it.
    // iconName names resources/icons/<name>.svg, used when the page has no icon of its own.
    bool addPage(Page *page, const QString &iconName = {});

    QList<Page *> pages() const { return m_pages; }
    Page *currentPage() const;
    void showPage(int index);
    bool showPage(Page *page);

    template<typename T> T *page() const
    {
        for (Page *p : m_pages) {
            if (auto *found = qobject_cast<T *>(p))
                return found;
        }
        return nullptr;
    }

Q_SIGNALS:
    void logoutRequested();

private:
    void createMenus();
    void createStatusBar();
    void updateStatus();
    void updateDeviceStatus();
    void focusMemberSearch();
    void openMember(qint64 memberId);
    void cardPresented(const Core::CardPresentation &presentation);
    void pageChanged(int index);

    UiContext &m_context;
    QListWidget *m_sideBar;
    QStackedWidget *m_stack;
    QMenu *m_goMenu = nullptr;
    QList<Page *> m_pages;
    QLabel *m_operatorLabel = nullptr;
    QLabel *m_branchLabel = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_readerLabel = nullptr;
    QLabel *m_keysLabel = nullptr;
};

} // namespace Club::Ui
