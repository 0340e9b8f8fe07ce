// Tests of byline normalisation and author keys.
#include "common/clean/byline.h"

#include <gtest/gtest.h>

namespace newsarc {

using Names = std::vector<std::string>;

TEST(Byline, Table) {
    struct Case {
        const char* in;
        Names out;
    };
    const Case cases[] = {
        {"TOVAH LAZAROFF", {"Tovah Lazaroff"}},
        {"    By Cal Mankowski, Reuters", {"Cal Mankowski"}},
        {"by Janie Gabbett, Reuters", {"Janie Gabbett"}},
        {"By Patti Domm, Reuter", {"Patti Domm"}},
        {"BY TED D'AFFLISIO, Reuters", {"Ted D'Afflisio"}},
        {"By TED d'AFFLISIO, Reuters", {"Ted d'Afflisio"}},
        {"BY NAILENE CHOU WIEST, Reuters", {"Nailene Chou Wiest"}},
        {"By Brad Schade Reuters", {"Brad Schade"}},
        {"By Cal Mankowski, Reutersd", {"Cal Mankowski"}},
        {"By Greg McCune, Reuters", {"Greg McCune"}},
        {"By GREG MCCUNE, REUTERS", {"Greg McCune"}},
        {"By MARK O'NEILL, Reuters", {"Mark O'Neill"}},
        {"By Franz-Josef Ebel, Reuters", {"Franz-Josef Ebel"}},
        {"JEAN-PAUL SARTRE", {"Jean-Paul Sartre"}},
        {"By STEPHEN JUKES AND PHILIP SHEHADI, REUTERS", {"Stephen Jukes", "Philip Shehadi"}},
        {"By Allan Saunderson and Antonia Sharpe, Reuters", {"Allan Saunderson", "Antonia Sharpe"}},
        {"Anna Ahronheim, Tovah Lazaroff and Lahav Harkov", {"Anna Ahronheim", "Tovah Lazaroff", "Lahav Harkov"}},
        {"By A. Smith & B. Jones", {"A. Smith", "B. Jones"}},
        {"Jane Doe, Staff Writer", {"Jane Doe"}},
        {"Jane Doe Senior Correspondent", {"Jane Doe"}},
        {"By Jane Doe (jane.doe@example.com)", {"Jane Doe"}},
        {"By Jane Doe jane.doe@example.com", {"Jane Doe"}},
        {"J.R.R. TOLKIEN", {"J.R.R. Tolkien"}},
        {"JOHN SMITH III", {"John Smith III"}},
        {"JOSÉ ÁLVAREZ", {"José Álvarez"}},
        {"JD Vance", {"JD Vance"}},
        {"danah boyd", {"danah boyd"}},
        {"Tovah Lazaroff; Tovah Lazaroff", {"Tovah Lazaroff"}},
        // Agencies and staff credits name no person.
        {"By REUTERS", {}},
        {"Reuters", {}},
        {"REUTERS", {}},
        {"By Reuters Staff", {}},
        {"Staff", {}},
        {"By Staff", {}},
        {"AP", {}},
        {"The Associated Press", {}},
        {"Associated Press", {}},
        {"Staff Writer", {}},
        {"By STAFF WRITER", {}},
        {"AFP", {}},
        {"Staff and agencies", {}},
        {"By Jane Doe, AP", {"Jane Doe"}},
        {"By JANE DOE, THE ASSOCIATED PRESS", {"Jane Doe"}},
        {"Reuters, Jane Doe", {"Jane Doe"}},
        {"JANE DOE AND JOHN ROE", {"Jane Doe", "John Roe"}},
        {"By MARY-KATE O'NEILL and RONALD MCDONALD", {"Mary-Kate O'Neill", "Ronald McDonald"}},
        {"", {}},
        {"   By   ", {}},
    };
    for (const auto& c : cases) EXPECT_EQ(normalise_byline(c.in), c.out) << c.in;
}

TEST(Byline, TitleCaseName) {
    EXPECT_EQ(title_case_name("TOVAH LAZAROFF"), "Tovah Lazaroff");
    EXPECT_EQ(title_case_name("RONALD MCDONALD"), "Ronald McDonald");
    EXPECT_EQ(title_case_name("CONAN O'BRIEN"), "Conan O'Brien");
    EXPECT_EQ(title_case_name("JEAN-PAUL BELMONDO"), "Jean-Paul Belmondo");
    EXPECT_EQ(title_case_name("MC"), "Mc");
    EXPECT_EQ(title_case_name("PETER VAN DIJK"), "Peter van Dijk");
    EXPECT_EQ(title_case_name("CHARLES DE GAULLE"), "Charles de Gaulle");
    EXPECT_EQ(title_case_name("VAN MORRISON"), "Van Morrison");  // first word: a given name
    EXPECT_EQ(title_case_name("ÉMILE ZOLA"), "Émile Zola");
}

TEST(Byline, AuthorKey) {
    EXPECT_EQ(normalise_author_key("Tovah Lazaroff"), "tovah lazaroff");
    EXPECT_EQ(normalise_author_key("  Tovah \t Lazaroff "), "tovah lazaroff");
    EXPECT_EQ(normalise_author_key("José Álvarez"), "josé álvarez");
    EXPECT_EQ(normalise_author_key("Greg McCune"), "greg mccune");
}

}  // namespace newsarc
