import { Title2 } from '@fluentui/react-components';
import { mount } from '../../ui/mount';

mount(<Title2 as="h1">Meeting side panel</Title2>);
