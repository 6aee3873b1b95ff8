"""Pure domain. Standard library only: no Flask, boto3, openai, presidio or requests here."""
