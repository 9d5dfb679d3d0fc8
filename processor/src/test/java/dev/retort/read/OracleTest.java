package dev.retort.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.model.ColumnType;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each test model is read by the processor and booted by Hibernate; the two schemas must be equal,
 * Hibernate's schema validation must pass on the schema created from the processor's model, and that
 * schema's catalog must equal the catalog of the schema Hibernate creates itself.
 */
@PostgresTest
class OracleTest {

  @Test
  void oneEntityWithAnIdentityIdMatchesHibernate(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("tiny", database);
  }

  @Test
  void basicJavaTypesGetHibernatesPostgresTypesNullabilityAndEnumChecks(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("types", database);
  }

  @Test
  void generatedIdsMakeIdentityColumnsAndHibernatesSequences(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("keys", database);
  }

  @Test
  void associationsMakeJoinColumnsJoinTablesAndHibernatesForeignKeyNames(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("associations", database);
  }

  @Test
  void embeddablesAndMappedSuperclassesAddTheirColumnsWithOverrides(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("embedded", database);
  }

  @Test
  void elementCollectionsOfBasicsMakeCollectionTables(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("collections", database);
  }

  @Test
  void tableUniqueConstraintsAndIndexesGetHibernatesAndPostgresNames(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("constraints", database);
  }

  @Test
  void singleTableInheritanceSharesTheRootTableWithADiscriminatorAndChecks(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("singletable", database);
  }

  @Test
  void joinedInheritanceGivesEachSubclassATableKeyedByAForeignKeyToItsParent(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("joined", database);
  }

  @Test
  void tablePerClassInheritanceRepeatsInheritedColumnsInEachConcreteTable(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("tableperclass", database);
  }

  @Test
  void embeddedIdsIdClassesAndMapsIdMakeCompositeAndSharedPrimaryKeys(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("compositekeys", database);
  }

  @Test
  void tableGenerationMakesHibernatesGeneratorTables(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("tablegen", database);
  }

  @Test
  void hibernatesOwnAnnotationsAddDefaultsChecksCommentsNaturalIdsAndJsonb(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("hibernate", database);
  }

  @Test
  void springNamingSnakeCasesNamesAndNamesJoinTablesAfterTheAttribute(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("associations", database, "retort.naming=spring");
    OracleAssertions.provesAgainstHibernate("constraints", database, "retort.naming=spring");
  }

  @Test
  void convertedAttributesTakeTheColumnTypeOfTheConvertersDatabaseSide(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("converters", database);
  }

  @Test
  void orderColumnsAddANotNullPositionThatKeysTheCollectionTable(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("ordercolumns", database);
  }

  @Test
  void mapsOfBasicsMakeCollectionTablesKeyedByOwnerAndMapKey(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("maps", database);
  }

  @Test
  void elementCollectionsOfEmbeddablesMakeOneColumnPerEmbeddedAttribute(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("embeddablecollections", database);
  }

  @Test
  void unidirectionalOneToManyWithAJoinColumnPutsTheForeignKeyOnTheTargetTable(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("onetomanyjoincolumn", database);
  }

  @Test
  void columnsMappedTwiceWithOneSideReadOnlyOrByEntitiesSharingATableBecomeOneColumnAsHibernateKeepsIt(TestDatabase database)
      throws Exception {
    OracleAssertions.provesAgainstHibernate("sharedcolumns", database);
  }

  @Test
  void aSixtyEntityModelAcrossSixBoundedContextsMatchesHibernateTableForTable(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("large", database);
  }

  @Test
  void secondaryTablesGetTheirColumnsAKeyJoinedToThePrimaryTableAndHibernatesForeignKeyNames(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("secondarytables", database);
  }

  @Test
  void toOneAssociationsInsideEmbeddablesAndAssociationOverridesGetHibernatesJoinColumnsAndForeignKeys(TestDatabase database)
      throws Exception {
    OracleAssertions.provesAgainstHibernate("embeddedassociations", database);
  }

  @Test
  void toOneAssociationsToCompositeKeysGetOneJoinColumnPerKeyColumnAndOneForeignKey(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("compositejoins", database);
  }

  @Test
  void aTableDeclaredByAnEntityAndACollectionOrByBothSidesOfAManyToManyBecomesOneTableAsHibernateMergesIt(TestDatabase database)
      throws Exception {
    OracleAssertions.provesAgainstHibernate("sharedtables", database);
  }

  @Test
  void derivedIdentitiesMakeTheParentsJoinColumnPartOrAllOfTheKeyAndPrimaryKeyJoinsAddOnlyAForeignKey(TestDatabase database)
      throws Exception {
    OracleAssertions.provesAgainstHibernate("derivedids", database);
  }

  @Test
  void unidirectionalOneToManyJoinTablesGetHibernatesKeyForSetsBagsOrderedListsAndMaps(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("onetomanyjointable", database);
  }

  @Test
  void collectionAssociationsInsideAnEmbeddedValueMapTheirJoinColumnsAndJoinTablesAsTheEntitysOwn(TestDatabase database)
      throws Exception {
    OracleAssertions.provesAgainstHibernate("embeddedcollections", database);
  }

  @Test
  void toOneAssociationsThroughAJoinTableGetATableKeyedByTheOwnerWithAForeignKeyToEachSide(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("toonejointable", database);
  }

  @Test
  void jdbcTypeCodesChooseTheColumnTypeHibernatesDialectGivesThatCode(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("jdbctypes", database);
  }

  @Test
  void namedEnumJdbcTypesStoreEnumsInAPostgresEnumTypeOfTheEnumsConstants(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("nativeenums", database);
  }

  @Test
  void booleansConvertedByHibernatesYesNoTrueFalseAndNumericConvertersGetTheirColumnTypeAndValueCheck(TestDatabase database)
      throws Exception {
    OracleAssertions.provesAgainstHibernate("convertedflags", database);
  }

  @Test
  void orderedUnidirectionalOneToManyWithAJoinColumnPutsItsPositionInTheTargetTable(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("orderedjoincolumns", database);
  }

  @Test
  void joinColumnsReferencingANonKeyColumnTakeItsTypeReferenceItAndMakeItUnique(TestDatabase database) throws Exception {
    // Hibernate 6.6 declares the badge's foreign key to the nickname without making the nickname unique, so
    // PostgreSQL refuses the foreign key Hibernate creates; Retort keeps it, with the unique it needs (as 7 does).
    OracleAssertions.provesAgainstHibernate("referencedcolumns", database, List.of(new OracleAssertions.Departure("6.6",
        "a foreign key to a column outside the key needs it unique",
        "+ table member unique member_nickname_key [nickname]   (Retort only)",
        "table badge foreign key [holder_nickname] -> member [nickname] on delete NO_ACTION on update NO_ACTION: only Retort created it\n"
            + "table member unique on [nickname]: only Retort created it")));
  }

  @Test
  void serializableValuesDeclaredLobAreKeptInALargeObject(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("serializedlobs", database);
  }

  @Test
  void aSingleTableSubclassesCheckListsItsRequiredColumnsInAttributeNameOrder(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("singletablechecks", database);
  }

  @Test
  void longCharacterAndBinaryJdbcTypeCodesGetHibernatesLongVarcharAndBytea(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("longvarchars", database);
  }

  @Test
  void enumsStoredByNameInAOneCharacterColumnGetAChar(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("enumchars", database);
  }

  @Test
  void anIdOfAnEmbeddableTypeIsAnEmbeddedIdWithAColumnPerAttribute(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("embeddableids", database);
  }

  @Test
  void anInverseAssociationInAMapKeyedByATargetAttributeReadsWithoutAWarning(TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("mappedbymaps", database);
  }

  @Test
  void timesStampsVersionsOrderColumnsSetsOfNullablesAndSingleTableSubclassesGetTheSchemaOfTheHibernateLineOnTheClassPath(
      TestDatabase database) throws Exception {
    OracleAssertions.provesAgainstHibernate("hibernatelines", database);
  }

  @Test
  void beanValidationConstraintsMakeColumnsNotNullSizedAndCheckedWhereHibernateAppliesThemToTheDdl(TestDatabase database)
      throws Exception {
    SchemaModel model = OracleAssertions.provesAgainstHibernate("beanvalidation", database);
    Table member = model.table(QualifiedName.of("member")).orElseThrow();
    Table vehicle = model.table(QualifiedName.of("vehicle")).orElseThrow();
    // Facts both sides agree on only when Hibernate applied the constraints, so the model proves the reading.
    assertEquals(new ColumnType.Varchar(40), member.column("title").orElseThrow().type());
    assertFalse(member.column("vehicle_id").orElseThrow().nullable(), "a @NotNull to-one's join column is required");
    assertTrue(member.column("reviewer").orElseThrow().nullable(), "a constraint of another group is not applied");
    assertFalse(member.column("street").orElseThrow().nullable(), "@Valid @NotNull embedded: its @NotNull applies");
    assertTrue(member.column("phone").orElseThrow().nullable(), "@Valid embedded without @NotNull: no NOT NULL inside");
    assertEquals(new ColumnType.Numeric(5, 1), member.column("reach").orElseThrow().type());
    assertEquals(new ColumnType.Varchar(255), vehicle.column("zip").orElseThrow().type(), "no @Valid: nothing inside applies");
    assertTrue(vehicle.column("plate").orElseThrow().nullable(), "a SINGLE_TABLE subclass's column stays nullable");
  }
}
