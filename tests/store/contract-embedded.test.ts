// The shared GraphStore contract on the embedded store (the reference implementation).
import { embeddedFactory, storeContract } from "./contract.js";

storeContract("embedded", embeddedFactory);
