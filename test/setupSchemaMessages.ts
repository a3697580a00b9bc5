// Tests read schema problems in English, as the command line and the importer show them.
import { useSchemaMessages } from "../src/core/schema/schemaMessages";

useSchemaMessages();
